/*
 * Compile-only stub of com.atlassian.jira.issue.fields.CustomField (interface, @PublicApi) for Jira 11.3 and 10.3;
 * never packaged. Members: getId(), getName(), getCustomFieldType().
 * VERIFIED package and kind: the parameter type of Issue.getCustomFieldValue in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java
 * and the return of CustomFieldManager.getCustomFieldObject in
 * https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/issue/CustomFieldManager.html
 * getId() ("customfield_N") and getName(): JIRA-PLATFORM.md 1.6. getCustomFieldType() returning
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
