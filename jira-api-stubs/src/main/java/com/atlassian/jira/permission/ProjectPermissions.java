/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.permission.ProjectPermissions (class of constants); never
 * packaged. VERIFIED against a public copy of jira-api source (@since v6.2.5) found with the code search: the
 * fields are `public static final ProjectPermissionKey`, so callers link them with getstatic of that type
 * (rule 0.3). Jira 11 code still uses them (JIRA-PLATFORM.md 7 section 6).
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

public class ProjectPermissions {
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
}
