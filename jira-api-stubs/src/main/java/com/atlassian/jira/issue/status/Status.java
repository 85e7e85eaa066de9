/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.status.Status (interface); never packaged.
 * getStatusCategory() returning StatusCategory: JIRA-PLATFORM.md 1.5 [V: test stubs of
 * atlassian-labs/atlassian-slack-integration-server]. getName() comes from IssueConstant (Jira javadoc
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/status/Status.html).
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    String getName();

    StatusCategory getStatusCategory();
}
