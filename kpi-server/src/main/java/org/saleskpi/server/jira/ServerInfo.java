package org.saleskpi.server.jira;

/**
 * What {@code GET /rest/api/2/serverInfo} tells about a site; {@code kind} is read from
 * {@code deploymentType} ("Cloud" is Cloud, "Server" and "DataCenter" are Data Center).
 */
public record ServerInfo(String baseUrl, String version, String deploymentType, JiraKind kind) {}
