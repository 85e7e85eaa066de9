/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.fields.CustomField (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.6 (getId() "customfield_N", getName()). getCustomFieldType() returning
 * com.atlassian.jira.issue.customfields.CustomFieldType, whose getKey() names the type, is how public plugins
 * tell field types apart (checked with the code search); its erasure in Jira 11 is UNVERIFIED.
 */
package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.customfields.CustomFieldType;

public interface CustomField {
    String getId();

    String getName();

    CustomFieldType getCustomFieldType();
}
