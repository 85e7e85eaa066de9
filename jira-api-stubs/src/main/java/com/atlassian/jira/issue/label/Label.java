/*
 * Compile-only stub of com.atlassian.jira.issue.label.Label (final class, @PublicApi, "since v4.2") for Jira 11.3 and
 * 10.3; never packaged. Members: the (Long id, Long issue, String label) constructor (tests only) and String
 * getLabel(). Bodies exist so tests can run against the stub.
 * VERIFIED in a Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/label/Label.java), where
 * Issue.getLabels() returns Set<Label>. UNVERIFIED for 10/11 on a javadoc page.
 */
package com.atlassian.jira.issue.label;

public final class Label {
    private final String label;

    /** Jira's constructor; the stub keeps only the text. */
    public Label(Long id, Long issue, String label) {
        this.label = java.util.Objects.requireNonNull(label, "label");
    }

    public String getLabel() {
        return label;
    }
}
