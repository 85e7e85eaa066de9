package org.saleskpi.server.issues;

import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.issue.IssueRecord;

/**
 * An issue of the standalone server's own store: what the engine reads ({@link IssueRecord}) plus
 * the text fields only the issue list, the JQL subset and the CSV import need.
 */
public record LocalIssue(IssueRecord record, String summary, String description, Set<String> labels) {
    public LocalIssue {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        labels = Set.copyOf(labels);
    }

    public String key() {
        return record.key();
    }
}
