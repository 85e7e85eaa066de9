package org.saleskpi.jira.simulated;

/**
 * What the simulated Jira tells the listeners of the node an issue was changed on, standing in for Jira's issue
 * events (which are published on the node where the change happened only; other nodes learn of it by polling).
 */
public record IssueEvent(Kind kind, long issueId, String key) {
    public enum Kind { CREATED, UPDATED, DELETED }
}
