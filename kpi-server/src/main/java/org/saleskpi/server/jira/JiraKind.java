package org.saleskpi.server.jira;

/**
 * Which Jira a connection reads: the two differ in search paging, authentication and rate limits.
 * Detected from {@code GET /rest/api/2/serverInfo}'s {@code deploymentType} ("Cloud", or "Server" /
 * "DataCenter"), then confirmed by the admin.
 */
public enum JiraKind {
    CLOUD,
    DATA_CENTER
}
