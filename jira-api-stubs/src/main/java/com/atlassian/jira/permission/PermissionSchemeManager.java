/*
 * Compile-only stub of com.atlassian.jira.permission.PermissionSchemeManager (interface, extends SchemeManager, left
 * out: the calls below resolve through it either way) for Jira 11.3 and 10.3; never packaged. Only
 * Long getSchemeIdFor(Project) and Collection<PermissionSchemeEntry> getPermissionSchemeEntries(long, ProjectPermissionKey).
 * VERIFIED: the interface and getPermissionSchemeEntries(long, ProjectPermissionKey) as the replacement of the
 * deprecated getEntities(...) on the "latest" javadoc page:
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/PermissionSchemeManager.html
 * Long getSchemeIdFor(Project) is declared on SchemeManager in Jira 8.20 (cures-hub/cures-condec-jira,
 * src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockWorkflowSchemeManager.java overrides it).
 * Known from use: Zephyr's ZephyrPermissionQueryFactoryImpl (code search) calls getSchemeIdFor(project) into a Long
 * and getPermissionSchemeEntries(schemeId, permissionKey) into a Collection<PermissionSchemeEntry>, and Jira's own
 * filter reads a project's Browse grants the same way (jira-core DefaultPermissionQueryFactory, Jira 6 form).
 * UNVERIFIED for 10/11: the Collection return erasure and the long parameter (from the javadoc's deprecation note).
 */
package com.atlassian.jira.permission;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import java.util.Collection;

public interface PermissionSchemeManager {
    Long getSchemeIdFor(Project project);

    Collection<PermissionSchemeEntry> getPermissionSchemeEntries(long schemeId, ProjectPermissionKey permissionKey);
}
