/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.PermissionManager (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.8 and 7 section 6 [V: hasPermission(ProjectPermissionKey, Project, ApplicationUser)
 * called by atlassian-labs/atlassian-slack-integration-server compiled against Jira 11.0].
 */
package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
