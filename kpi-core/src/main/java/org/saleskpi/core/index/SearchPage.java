package org.saleskpi.core.index;

import java.util.List;

/** One page of a search: how many issues match in all, and the page's issues in order. */
public record SearchPage(int total, List<IndexedIssue> issues) {
    public SearchPage {
        issues = List.copyOf(issues);
    }
}
