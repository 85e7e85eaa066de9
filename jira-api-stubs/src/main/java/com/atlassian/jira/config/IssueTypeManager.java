/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.config.IssueTypeManager (interface); never packaged.
 * getIssueTypes(): public plugin code assigns it to Collection<IssueType> (checked with the code search). That the
 * erasure is java.util.Collection in Jira 11 is UNVERIFIED (no javadoc page was reachable).
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface IssueTypeManager {
    Collection<IssueType> getIssueTypes();
}
