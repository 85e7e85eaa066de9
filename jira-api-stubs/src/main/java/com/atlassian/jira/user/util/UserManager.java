/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.user.util.UserManager (interface; Jira's, not SAL's);
 * never packaged. Source: JIRA-PLATFORM.md 1.7 [V], calls in atlassian-labs/atlassian-slack-integration-server
 * (ComponentImports, user lookups) compiled against Jira 10.7 and 11.0.
 */
package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {
    ApplicationUser getUserByKey(String userKey);

    ApplicationUser getUserByName(String userName);
}
