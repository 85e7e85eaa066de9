package org.saleskpi.core.goal;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many items all pages hold together
 */
public record Page<T>(List<T> items, long total) {
    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is below the " + items.size() + " items of one page");
        }
    }
}
