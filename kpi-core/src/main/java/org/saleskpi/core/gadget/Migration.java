package org.saleskpi.core.gadget;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One declared step of a gadget type's saved preferences, from version {@code to - 1} to {@code to}: keys renamed,
 * then new keys given a value where empty, then keys dropped. One generic function applies the steps in order,
 * so a step is data, never code.
 */
public record Migration(int to, Map<String, String> rename, Map<String, String> defaults, List<String> drop) {
    public Migration {
        if (to < 2) {
            throw new IllegalArgumentException("A migration leads to version 2 or later, not " + to + ".");
        }
        rename = Map.copyOf(Objects.requireNonNull(rename, "rename"));
        defaults = Map.copyOf(Objects.requireNonNull(defaults, "defaults"));
        drop = List.copyOf(Objects.requireNonNull(drop, "drop"));
    }
}
