/*
 * Compile-only stub of com.atlassian.jira.issue.issuetype.IssueType (interface) for Jira 11.3 and 10.3; never packaged.
 * Only String getName(). Jira declares it on the superinterface com.atlassian.jira.issue.IssueConstant; a call
 * compiled here is invokeinterface IssueType.getName()Ljava/lang/String; and resolves through that superinterface.
 * VERIFIED: IssueConstant declares String getName() (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueConstant.java);
 * issue.getIssueType().getName() compiles against Jira 8 (cures-hub/cures-condec-jira@0177bc1,
 * src/main/java/de/uhd/ifi/se/decision/management/jira/model/KnowledgeElement.java).
 * Also issue.getIssueType().getName() in atlassian-labs/atlassian-slack-integration-server@854fe83,
 * jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/JiraIssueEventRenderer.java.
 * UNVERIFIED for 10/11 that IssueType still extends IssueConstant (no 10/11 javadoc page of IssueType found).
 */
package com.atlassian.jira.issue.issuetype;

public interface IssueType {
    String getName();
}
