package org.saleskpi.core.index;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.IssueRecord;

/**
 * An issue as an {@link IssueIndex} holds it: what the engine reads ({@link IssueRecord}), the text fields only
 * the issue list, the JQL subset and the CSV import need, and the issue security level that, with the project,
 * decides who may see it (Jira's; the standalone server has none).
 */
public record IndexedIssue(IssueRecord record, String summary, String description, Set<String> labels,
        Optional<Long> securityLevel) {
    public IndexedIssue {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        labels = Set.copyOf(labels);
        Objects.requireNonNull(securityLevel, "securityLevel");
    }

    /** An issue without a security level, as every standalone issue is. */
    public IndexedIssue(IssueRecord record, String summary, String description, Set<String> labels) {
        this(record, summary, description, labels, Optional.empty());
    }

    public String key() {
        return record.key();
    }
}
