package org.saleskpi.core.issue;

/** Jira's three status categories, with the keys Jira uses for them. */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    public String jiraKey() {
        return jiraKey;
    }
}
