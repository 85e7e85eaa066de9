package org.saleskpi.demo;

/** The issue types of the demo project, by their Jira names. */
public enum DemoIssueType {
    LEAD("Lead"),
    OPPORTUNITY("Opportunity"),
    /** A deal type kept from an older workflow, closed as "Closed Won" / "Closed Lost". */
    DEAL("Deal"),
    CUSTOMER("Customer"),
    CAMPAIGN("Campaign"),
    EXPENSE("Expense"),
    TASK("Task");

    private final String jiraName;

    DemoIssueType(String jiraName) {
        this.jiraName = jiraName;
    }

    public String jiraName() {
        return jiraName;
    }
}
