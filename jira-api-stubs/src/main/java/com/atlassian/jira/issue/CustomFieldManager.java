/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.CustomFieldManager (interface); never packaged.
 * Source: https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/issue/CustomFieldManager.html
 * (getCustomFieldObject(String), "customfield_10000"); JIRA-PLATFORM.md 1.6 [P]. Not re-checked for 11.
 * getCustomFieldObjects() returning List<CustomField>: public plugin code assigns it to a List without a cast
 * (checked with the code search); the erasure java.util.List for Jira 11 is UNVERIFIED.
 */
package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.List;

public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    List<CustomField> getCustomFieldObjects();
}
