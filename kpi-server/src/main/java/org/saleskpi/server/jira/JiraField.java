package org.saleskpi.server.jira;

/** One entry of {@code GET /rest/api/2/field}: id, name, custom or system, and its schema type. */
public record JiraField(String id, String name, boolean custom, String schemaType, String schemaCustom) {}
