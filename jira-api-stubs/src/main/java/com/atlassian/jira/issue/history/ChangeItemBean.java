/*
 * Compile-only stub of com.atlassian.jira.issue.history.ChangeItemBean (class, @PublicApi: one changed field of a
 * change group) for Jira 11.3 and 10.3; never packaged. Members: the String constants STATIC_FIELD ("jira") and
 * CUSTOM_FIELD ("custom"), inlined by the compiler; the (fieldType, field, from, to) and (fieldType, field, from,
 * fromString, to, toString) constructors (tests only); String getFieldType(), getField(), getFrom(), getFromString(),
 * getTo(), getToString(). Bodies exist so tests build real beans.
 * VERIFIED: all of it in a Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/history/ChangeItemBean.java); the class,
 * its package, getField(), getFrom(), getFromString(), getTo(), getToString() and the four-String constructor in
 * Atlassian's Slack app built against Jira 11.0.0 (atlassian-labs/atlassian-slack-integration-server@94c50dc,
 * jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/event/DefaultJiraIssueEvent.java
 * and its DefaultIssueEventToEventMatcherTypeConverterTest.java). getFieldType() on 10/11 is UNVERIFIED (in use in
 * code stating Jira 9.12.11).
 * What the values hold, from Jira's own code in the same 6.x copy (jira-core ChangeLogUtils, CustomFieldImpl,
 * NumberCFType, DoubleConverterImpl, SelectCFType, UserCFType, DateCFType, DueDateSystemField,
 * DateTimeFieldChangeLogHelperImpl, DateTimeISO8601DateFormatter, DateTimeISO8601DateTimeFormatter; that 10/11 write
 * them alike is UNVERIFIED):
 * - field: a system field's id ("status", "assignee", "reporter", "resolution", "duedate") with field type "jira";
 *   the issue type's as "issuetype" (IssueFieldConstants.ISSUE_TYPE in the same copy; that 10/11 log a type change
 *   under it, with the type's name as the string, is UNVERIFIED);
 *   a custom field's NAME (CustomFieldImpl.getNameKey() returns getName()), not its customfield_N id, with "custom";
 * - status and resolution: from/to the id, fromString/toString the name at the time of the change;
 * - assignee, reporter and user pickers: from/to the user key, the strings the display name (a picker writes "" for
 *   no user);
 * - numbers: from/to null and fromString/toString the value written "123343.23" (no grouping, '.' decimal
 *   separator, whatever the locale), because a custom field whose change-log string is null moves the value there;
 * - single selects: from/to the option id, the strings the option's value;
 * - Date fields and the due date: from/to "yyyy-MM-dd" in Jira's own zone; Date Time fields "yyyy-MM-dd'T'HH:mm:ssZ";
 *   the strings are the date as displayed.
 */
package com.atlassian.jira.issue.history;

public class ChangeItemBean {
    public static final String STATIC_FIELD = "jira";
    public static final String CUSTOM_FIELD = "custom";

    private final String fieldType;
    private final String field;
    private final String from;
    private final String fromString;
    private final String to;
    private final String toString;

    public ChangeItemBean(String fieldType, String field, String from, String to) {
        this(fieldType, field, from, null, to, null);
    }

    public ChangeItemBean(String fieldType, String field, String from, String fromString, String to, String toString) {
        this.fieldType = fieldType;
        this.field = field;
        this.from = from;
        this.fromString = fromString;
        this.to = to;
        this.toString = toString;
    }

    public String getFieldType() {
        return fieldType;
    }

    public String getField() {
        return field;
    }

    public String getFrom() {
        return from;
    }

    public String getFromString() {
        return fromString;
    }

    public String getTo() {
        return to;
    }

    public String getToString() {
        return toString;
    }
}
