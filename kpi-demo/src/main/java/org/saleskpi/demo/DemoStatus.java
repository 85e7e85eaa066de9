package org.saleskpi.demo;

import org.saleskpi.core.issue.StatusCategory;

/** The statuses of the demo project's workflows, each with its Jira name and status category. */
public enum DemoStatus {
    // Leads
    OPEN("Open", StatusCategory.TO_DO),
    CONTACTED("Contacted", StatusCategory.IN_PROGRESS),
    QUALIFIED("Qualified", StatusCategory.DONE),
    CONVERTED("Converted", StatusCategory.DONE),
    DISQUALIFIED("Disqualified", StatusCategory.DONE),
    // Opportunities and deals
    PROSPECTING("Prospecting", StatusCategory.TO_DO),
    PROPOSAL("Proposal", StatusCategory.IN_PROGRESS),
    NEGOTIATION("Negotiation", StatusCategory.IN_PROGRESS),
    WON("Won", StatusCategory.DONE),
    LOST("Lost", StatusCategory.DONE),
    CLOSED_WON("Closed Won", StatusCategory.DONE),
    CLOSED_LOST("Closed Lost", StatusCategory.DONE),
    // Customers
    ACTIVE("Active", StatusCategory.IN_PROGRESS),
    CHURNED("Churned", StatusCategory.DONE),
    // Campaigns
    SCHEDULED("Scheduled", StatusCategory.TO_DO),
    SENT("Sent", StatusCategory.DONE),
    // Expenses
    SUBMITTED("Submitted", StatusCategory.TO_DO),
    APPROVED("Approved", StatusCategory.DONE),
    // Tasks
    TO_DO("To Do", StatusCategory.TO_DO),
    IN_PROGRESS("In Progress", StatusCategory.IN_PROGRESS),
    DONE("Done", StatusCategory.DONE);

    private final String jiraName;
    private final StatusCategory category;

    DemoStatus(String jiraName, StatusCategory category) {
        this.jiraName = jiraName;
        this.category = category;
    }

    public String jiraName() {
        return jiraName;
    }

    public StatusCategory category() {
        return category;
    }
}
