/*
 * Compile-only stub of com.atlassian.jira.issue.resolution.Resolution (interface) for Jira 11.3 and 10.3; never
 * packaged. Only String getName(), declared by Jira on the superinterface IssueConstant (linking as for IssueType).
 * VERIFIED: IssueConstant declares String getName() (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueConstant.java, whose javadoc
 * names Resolution and Status as its kinds).
 * UNVERIFIED for 10/11 (no 10/11 javadoc page of Resolution found).
 */
package com.atlassian.jira.issue.resolution;

public interface Resolution {
    String getName();
}
