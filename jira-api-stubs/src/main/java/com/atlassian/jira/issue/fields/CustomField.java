/*
 * Compile-only stub of com.atlassian.jira.issue.fields.CustomField (interface, @PublicApi) for Jira 11.3 and 10.3;
 * never packaged. No member: kpi-jira only hands it from CustomFieldManager to Issue.getCustomFieldValue.
 * VERIFIED package and kind: the parameter type of Issue.getCustomFieldValue in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java
 * and the return of CustomFieldManager.getCustomFieldObject in
 * https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/issue/CustomFieldManager.html
 */
package com.atlassian.jira.issue.fields;

public interface CustomField {
}
