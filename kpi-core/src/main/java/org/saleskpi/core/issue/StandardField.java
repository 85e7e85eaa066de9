package org.saleskpi.core.issue;

/** The system fields every Jira issue has, with the storage each gets in an {@link IssueTable}. */
public enum StandardField {
    KEY(FieldType.TEXT),
    PROJECT(FieldType.TEXT),
    ISSUE_TYPE(FieldType.TEXT),
    STATUS(FieldType.TEXT),
    STATUS_CATEGORY(FieldType.OPTION),
    RESOLUTION(FieldType.TEXT),
    ASSIGNEE(FieldType.USER),
    REPORTER(FieldType.USER),
    CREATED(FieldType.DATE),
    UPDATED(FieldType.DATE),
    RESOLVED(FieldType.DATE),
    DUE(FieldType.DATE);

    private final FieldType type;

    StandardField(FieldType type) {
        this.type = type;
    }

    public FieldType type() {
        return type;
    }
}
