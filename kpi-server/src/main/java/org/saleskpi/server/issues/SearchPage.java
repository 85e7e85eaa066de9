package org.saleskpi.server.issues;

import java.util.List;

/** One page of a search: how many issues match in all, and the page's issues in order. */
public record SearchPage(int total, List<LocalIssue> issues) {
    public SearchPage {
        issues = List.copyOf(issues);
    }
}
