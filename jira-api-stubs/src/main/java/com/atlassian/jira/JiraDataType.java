/*
 * Compile-only stub of com.atlassian.jira.JiraDataType (interface) for Jira 11.3 and 10.3; never packaged. No member:
 * kpi-jira only returns JiraDataTypes.ISSUE from its JQL function.
 * VERIFIED kind and package: turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source) (JqlFunction.getDataType's return). UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.jira;

public interface JiraDataType {
}
