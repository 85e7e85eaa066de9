package org.saleskpi.server.jira;

/** A Jira project: numeric id, key and name. */
public record JiraProject(String id, String key, String name) {}
