/*
 * Compile-only stub of com.atlassian.jira.issue.security.IssueSecurityLevel (interface, @PublicApi, since 4.0) for
 * Jira 11.3 and 10.3; never packaged. Only Long getId().
 * VERIFIED in Jira 6.x source (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/
 * com/atlassian/jira/issue/security/IssueSecurityLevel.java): interface, Long getId(). Listed as an interface in the
 * Jira 7.0.8 and "server" javadoc package summaries (docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/package-summary.html).
 * UNVERIFIED for 10/11 (no 10/11 page of the type seen).
 */
package com.atlassian.jira.issue.security;

public interface IssueSecurityLevel {
    Long getId();
}
