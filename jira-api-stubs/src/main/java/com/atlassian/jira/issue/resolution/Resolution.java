/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.resolution.Resolution (interface); never packaged.
 * getName() comes from IssueConstant, as for IssueType. Source: Jira javadoc
 * (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/resolution/Resolution.html);
 * UNVERIFIED for 11.
 */
package com.atlassian.jira.issue.resolution;

public interface Resolution {
    String getName();
}
