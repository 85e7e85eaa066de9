/*
 * Compile-only stub of com.atlassian.jira.user.util.UserManager (interface; Jira's, not SAL's) for Jira 11.3 and 10.3;
 * never packaged. Members: ApplicationUser getUserByKey(String), ApplicationUser getUserByName(String).
 * VERIFIED in use: both called by atlassian-labs/atlassian-slack-integration-server built against Jira 10.7 and 11.0
 * (JIRA-PLATFORM.md 1.7).
 * getUserByKey(String) read as an ApplicationUser in the Jira 11 migration commit of that app:
 * atlassian-labs/atlassian-slack-integration-server@0664226,
 * jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/notification/impl/CommandEventRenderer.java
 * (built against Jira 11.0.0-m0012).
 * UNVERIFIED on a 10/11 javadoc page (none found).
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
