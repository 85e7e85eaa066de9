/*
 * Compile-only stub of com.atlassian.jira.issue.security.IssueSecuritySchemeManager (interface, @PublicApi; Jira's
 * extends SchemeManager, left out: the one method called is declared on this interface itself) for Jira 11.3 and
 * 10.3; never packaged. Only List<IssueSecurityLevelPermission> getPermissionsBySecurityLevel(Long).
 * VERIFIED in Jira 6.x source (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/
 * com/atlassian/jira/issue/security/IssueSecuritySchemeManager.java) and named as the replacement of
 * getEntitiesBySecurityLevel in the Jira 7.3.4 javadoc:
 * https://docs.atlassian.com/jira/7.3.4/com/atlassian/jira/issue/security/IssueSecuritySchemeManager.html
 * Jira's permission filter reads a level's grants with it (jira-core DefaultPermissionQueryFactory, same J6 commit).
 * UNVERIFIED for 10/11.
 */
package com.atlassian.jira.issue.security;

import java.util.List;

public interface IssueSecuritySchemeManager {
    List<IssueSecurityLevelPermission> getPermissionsBySecurityLevel(Long securityLevelId);
}
