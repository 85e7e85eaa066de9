/*
 * Compile-only stub of com.atlassian.jira.permission.ProjectPermissions (class of constants, since 6.2.5) for Jira
 * 11.3 and 10.3; never packaged. Only ADMINISTER_PROJECTS and BROWSE_PROJECTS.
 * VERIFIED in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/ProjectPermissions.java: the fields are public static final
 * com.atlassian.jira.security.plugin.ProjectPermissionKey, so callers link them with a getstatic of that type
 * (rule 0.3). Code built against Jira 11.0 still reads BROWSE_PROJECTS, EDIT_ISSUES and ADMINISTER_PROJECTS
 * (atlassian-labs/atlassian-slack-integration-server, JIRA-PLATFORM.md 7 s6).
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
