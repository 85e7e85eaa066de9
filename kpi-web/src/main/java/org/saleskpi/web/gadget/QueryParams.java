package org.saleskpi.web.gadget;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/** A request's query parameters, by name; a repeated parameter keeps every value in order. */
record QueryParams(MultivaluedMap<String, String> values) {

    /** The first value, or null when the parameter is absent. */
    String first(String name) {
        return values.getFirst(name);
    }

    List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all.stream().filter(v -> !v.isBlank()).toList();
    }
}
