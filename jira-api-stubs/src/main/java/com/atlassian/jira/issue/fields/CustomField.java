/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.fields.CustomField (interface); never packaged.
 * kpi-jira only hands it from CustomFieldManager to Issue.getCustomFieldValue, so no member is stubbed.
 * Source: JIRA-PLATFORM.md 1.6.
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
