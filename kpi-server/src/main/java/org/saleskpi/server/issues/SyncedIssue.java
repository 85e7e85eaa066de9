package org.saleskpi.server.issues;

import java.util.Objects;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.index.IndexedIssue;

/**
 * An issue copied from a Jira site: its Jira id (stable across key changes and moves), the issue as the
 * store keeps it, and its complete history, which replaces whatever the store recorded for it before.
 */
public record SyncedIssue(String jiraId, IndexedIssue issue, IssueHistory history) {
    public SyncedIssue {
        Objects.requireNonNull(jiraId, "jiraId");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(history, "history");
        if (jiraId.isBlank()) {
            throw new IllegalArgumentException("jiraId must not be blank");
        }
        if (!history.key().equals(issue.key()) || !history.known()) {
            throw new IllegalArgumentException("the history of " + history.key() + " is not a known history of "
                    + issue.key());
        }
    }
}
