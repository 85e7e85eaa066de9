/*
 * Compile-only stub of com.atlassian.jira.project.Project (interface, @PublicApi) for Jira 11.3 and 10.3; never
 * packaged. Only String getKey().
 * VERIFIED for Jira 7.2 (String getKey(); Project extends Named, NamedWithDescription, WithId, WithKey):
 * https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/project/Project.html ; issue.getProjectObject().getKey()
 * compiles against Jira 8 (cures-hub/cures-condec-jira@0177bc1,
 * src/main/java/de/uhd/ifi/se/decision/management/jira/model/KnowledgeElement.java).
 * project.getKey() also in atlassian-labs/atlassian-slack-integration-server@3b3e811, jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java.
 * UNVERIFIED for 10/11 (was [U] in JIRA-PLATFORM.md 1.8): no 10/11 javadoc page of Project found (searched the pages
 * corpus for "Interface Project getKey" with Jira 10).
 */
package com.atlassian.jira.project;

public interface Project {
    String getKey();
}
