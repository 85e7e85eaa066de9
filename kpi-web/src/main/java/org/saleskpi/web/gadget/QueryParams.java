package org.saleskpi.web.gadget;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Objects;

/**
 * A request's query parameters, by name; a repeated parameter keeps every value in order.
 *
 * <p>A class, not a record: the Eclipse Transformer that makes the Jira 10 jar leaves a record component's
 * type (the Record attribute) in jakarta, which reflection on the record would then fail to load.
 */
final class QueryParams {
    private final MultivaluedMap<String, String> values;

    QueryParams(MultivaluedMap<String, String> values) {
        this.values = Objects.requireNonNull(values, "values");
    }

    /** The first value, or null when the parameter is absent. */
    String first(String name) {
        return values.getFirst(name);
    }

    List<String> all(String name) {
        List<String> all = values.get(name);
        return all == null ? List.of() : all.stream().filter(v -> !v.isBlank()).toList();
    }
}
