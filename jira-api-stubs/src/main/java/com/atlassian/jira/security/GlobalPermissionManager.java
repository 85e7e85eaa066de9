/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.GlobalPermissionManager (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.8 [V: atlassian-labs/atlassian-slack-integration-server] and the javadoc of the
 * public GlobalPermissionKey source, which names hasPermission(GlobalPermissionKey, ApplicationUser).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
