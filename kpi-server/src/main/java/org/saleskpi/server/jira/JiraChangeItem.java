package org.saleskpi.server.jira;

/**
 * One field change of a change group. Status items carry status ids in {@code from}/{@code to} and
 * names in the strings; user fields carry the account id (Cloud) or key (Data Center) in {@code from}/{@code to}.
 * {@code toText} is Jira's {@code toString} (a record component may not be named toString).
 */
public record JiraChangeItem(String field, String fieldId, String fieldType, String from, String fromString,
        String to, String toText) {}
