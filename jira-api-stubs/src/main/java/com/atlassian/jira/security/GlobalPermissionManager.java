/*
 * Compile-only stub of com.atlassian.jira.security.GlobalPermissionManager (interface) for Jira 11.3 and 10.3; never
 * packaged. Only boolean hasPermission(GlobalPermissionKey, ApplicationUser).
 * VERIFIED in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/GlobalPermissionManager.java: hasPermission(GlobalPermissionKey,
 * ApplicationUser) returning boolean, since 6.2.5, the replacement of the deprecated int-keyed forms; used by
 * atlassian-labs/atlassian-slack-integration-server on Jira 10.7 (JIRA-PLATFORM.md 1.8).
 * UNVERIFIED for 11 by a javadoc page (none found).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface GlobalPermissionManager {
    boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
