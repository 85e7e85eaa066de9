/*
 * Compile-only stub of com.atlassian.jira.issue.status.Status (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: String getId() and String getName() (declared by Jira on IssueConstant; link as for IssueType) and
 * StatusCategory getStatusCategory().
 * VERIFIED: IssueConstant declares String getId() and String getName() (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueConstant.java);
 * getStatusCategory() returning com.atlassian.jira.issue.status.category.StatusCategory in the test stubs of
 * atlassian-labs/atlassian-slack-integration-server built against Jira 10.7 (JIRA-PLATFORM.md 1.5 [V]).
 * issue.getStatus().getName() in Atlassian's app: atlassian-labs/atlassian-slack-integration-server@854fe83,
 * jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraIssueEventRenderer.java.
 * UNVERIFIED for 11 (no 11 javadoc page of Status found).
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    /** The id a status change item holds in from/to (ChangeItemBean's header). */
    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
