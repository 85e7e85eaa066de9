/*
 * Compile-only stub of com.atlassian.jira.security.PermissionManager (interface) for Jira 11.3 and 10.3; never
 * packaged. Members: boolean hasPermission(ProjectPermissionKey, Project, ApplicationUser), getProjects(ProjectPermissionKey, ApplicationUser).
 * VERIFIED in use: called with these argument types by atlassian-labs/atlassian-slack-integration-server built
 * against Jira 10.7 and 11.0 (JIRA-PLATFORM.md 1.8 and 7 s6).
 * UNVERIFIED on a 10/11 javadoc page (none found).
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
