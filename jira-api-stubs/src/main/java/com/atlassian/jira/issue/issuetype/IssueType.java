/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.issuetype.IssueType (interface); never packaged.
 * In Jira getName() is inherited from IssueConstant; declaring it here links the same way (invokeinterface on
 * IssueType resolves through superinterfaces). Source: Jira javadoc of IssueConstant/IssueType
 * (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/issuetype/IssueType.html);
 * long-standing, not re-checked against Jira 11 (UNVERIFIED for 11).
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getName();
}
