package org.saleskpi.server.fakejira;

/**
 * One field change of a change group. {@code field} is the name Jira shows ("status", "assignee",
 * "Amount"), {@code fieldId} the field's id. Status items carry status ids in {@code from}/{@code to}
 * and names in the strings; option items carry option ids; user items carry ACCOUNT IDS, which the
 * Data Center rendering turns into user keys. {@code toText} is Jira's {@code toString} (a record
 * component may not be named toString).
 */
public record FakeChangeItem(String field, String fieldId, String from, String fromString, String to, String toText) {

    public boolean custom() {
        return fieldId.startsWith("customfield_");
    }
}
