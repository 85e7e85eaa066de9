package org.saleskpi.core.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Jira issue as the engine sees it: system fields and custom field values by stable id.
 * Optional system fields are {@link Optional}; a custom field that is empty is simply absent
 * from {@code fields}.
 */
public record IssueRecord(
        String key,
        String project,
        String issueType,
        String status,
        StatusCategory statusCategory,
        Optional<String> resolution,
        Optional<String> assignee,
        Optional<String> reporter,
        Instant created,
        Instant updated,
        Optional<Instant> resolved,
        Optional<LocalDate> due,
        Map<String, FieldValue> fields) {

    public IssueRecord {
        requireText(key, "key");
        requireText(project, "project");
        requireText(issueType, "issueType");
        requireText(status, "status");
        Objects.requireNonNull(statusCategory, "statusCategory");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(resolved, "resolved");
        Objects.requireNonNull(due, "due");
        fields = Map.copyOf(fields);
    }

    /** The value of a custom field, if the issue has one. */
    public Optional<FieldValue> field(String fieldId) {
        return Optional.ofNullable(fields.get(fieldId));
    }

    public static Builder builder(String key, String project) {
        return new Builder(key, project);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Fluent construction for tests, generators and adapters. */
    public static final class Builder {
        private final String key;
        private final String project;
        private String issueType;
        private String status;
        private StatusCategory statusCategory = StatusCategory.TO_DO;
        private String resolution;
        private String assignee;
        private String reporter;
        private Instant created;
        private Instant updated;
        private Instant resolved;
        private LocalDate due;
        private final Map<String, FieldValue> fields = new LinkedHashMap<>();

        private Builder(String key, String project) {
            this.key = key;
            this.project = project;
        }

        public Builder type(String issueType) {
            this.issueType = issueType;
            return this;
        }

        public Builder status(String status, StatusCategory category) {
            this.status = status;
            this.statusCategory = category;
            return this;
        }

        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        public Builder assignee(String userKey) {
            this.assignee = userKey;
            return this;
        }

        public Builder reporter(String userKey) {
            this.reporter = userKey;
            return this;
        }

        public Builder created(Instant created) {
            this.created = created;
            return this;
        }

        public Builder updated(Instant updated) {
            this.updated = updated;
            return this;
        }

        public Builder resolved(Instant resolved) {
            this.resolved = resolved;
            return this;
        }

        public Builder due(LocalDate due) {
            this.due = due;
            return this;
        }

        public Builder field(String fieldId, FieldValue value) {
            if (value == null) {
                fields.remove(fieldId);
            } else {
                fields.put(fieldId, value);
            }
            return this;
        }

        public IssueRecord build() {
            Instant effectiveUpdated = updated != null ? updated : created;
            return new IssueRecord(key, project, issueType, status, statusCategory,
                    Optional.ofNullable(resolution), Optional.ofNullable(assignee),
                    Optional.ofNullable(reporter), created, effectiveUpdated,
                    Optional.ofNullable(resolved), Optional.ofNullable(due), fields);
        }
    }
}
