package org.saleskpi.server.jira;

import java.util.List;

/**
 * One page of issues. {@code nextCursor} is opaque text to hand back to {@link JiraReader#page} for the
 * next page; it survives a restart, so a sync can store it with the page it committed.
 */
public record IssuePage(List<JiraIssue> issues, String nextCursor, boolean last) {
    public IssuePage {
        issues = List.copyOf(issues);
    }
}
