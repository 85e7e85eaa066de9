/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.PermissionManager (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.8 and 7 section 6 [V: hasPermission(ProjectPermissionKey, Project, ApplicationUser)
 * called by atlassian-labs/atlassian-slack-integration-server compiled against Jira 11.0].
 * getProjects(ProjectPermissionKey, ApplicationUser) returning Collection<Project>: many public plugins call it with
 * ProjectPermissions.BROWSE_PROJECTS and assign the result to a Collection (checked with the code search); the
 * Jira 11 erasure is UNVERIFIED.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
