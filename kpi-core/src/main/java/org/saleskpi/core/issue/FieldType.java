package org.saleskpi.core.issue;

/** The kinds of custom field the engine reads, and how each is stored in an {@link IssueTable}. */
public enum FieldType {
    NUMBER,
    DATE,
    TEXT,
    OPTION,
    USER;

    /** Text, option and user values are dictionary-encoded codes. */
    public boolean isCoded() {
        return this == TEXT || this == OPTION || this == USER;
    }
}
