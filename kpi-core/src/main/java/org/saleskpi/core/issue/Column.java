package org.saleskpi.core.issue;

import java.util.Locale;
import java.util.Objects;

/** A column an {@link IssueTable} can hold: a system field, or a custom field by its stable id. */
public sealed interface Column {

    FieldType type();

    /** Stable name, e.g. {@code status} or {@code customfield_10010}. */
    String id();

    record Standard(StandardField field) implements Column {
        public Standard {
            Objects.requireNonNull(field, "field");
        }

        @Override
        public FieldType type() {
            return field.type();
        }

        @Override
        public String id() {
            return field.name().toLowerCase(Locale.ROOT);
        }
    }

    /** A custom field, e.g. {@code customfield_10010} of type NUMBER. */
    record Custom(String fieldId, FieldType type) implements Column {
        public Custom {
            Objects.requireNonNull(fieldId, "fieldId");
            Objects.requireNonNull(type, "type");
            if (fieldId.isBlank()) {
                throw new IllegalArgumentException("fieldId must not be blank");
            }
        }

        @Override
        public String id() {
            return fieldId;
        }
    }

    Column KEY = new Standard(StandardField.KEY);
    Column PROJECT = new Standard(StandardField.PROJECT);
    Column ISSUE_TYPE = new Standard(StandardField.ISSUE_TYPE);
    Column STATUS = new Standard(StandardField.STATUS);
    Column STATUS_CATEGORY = new Standard(StandardField.STATUS_CATEGORY);
    Column RESOLUTION = new Standard(StandardField.RESOLUTION);
    Column ASSIGNEE = new Standard(StandardField.ASSIGNEE);
    Column REPORTER = new Standard(StandardField.REPORTER);
    Column CREATED = new Standard(StandardField.CREATED);
    Column UPDATED = new Standard(StandardField.UPDATED);
    Column RESOLVED = new Standard(StandardField.RESOLVED);
    Column DUE = new Standard(StandardField.DUE);

    static Column custom(String fieldId, FieldType type) {
        return new Custom(fieldId, type);
    }
}
