/*
 * Compile-only stub of com.atlassian.jira.JiraDataTypes (class of constants) for Jira 11.3 and 10.3; never packaged.
 * Member: JiraDataType ISSUE, the data type of the issue key clause (IssueIdConstants.getDataType() in turgaycelik/mysource@ee01e28 (a public copy of the Jira 6 source)), which
 * public JQL functions that return issues declare (code search: several apps' getDataType() return
 * JiraDataTypes.ISSUE). The body exists so tests can run against the stubs. UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.jira;

public final class JiraDataTypes {
    public static final JiraDataType ISSUE = new JiraDataType() {
        @Override
        public String toString() {
            return "ISSUE";
        }
    };

    private JiraDataTypes() {
    }
}
