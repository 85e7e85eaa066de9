/*
 * Compile-only stub of com.atlassian.jira.user.ApplicationUser (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: String getKey(), String getUsername(), String getDisplayName(), boolean isActive().
 * VERIFIED for Jira 10.0 (interface extending Principal, WithId, WithKey, Serializable; all three return String):
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/ApplicationUser.html
 * getUsername() and getDisplayName() are also called by atlassian-labs/atlassian-slack-integration-server@3b3e811, jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/DefaultAttachmentHelper.java.
 * UNVERIFIED for 11 by a javadoc page (none found); nothing found says it changed.
 * boolean isActive() (JIRA-PLATFORM.md 1.7 [U]): public code filtering user search results calls it (code search);
 * UNVERIFIED for Jira 11.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
