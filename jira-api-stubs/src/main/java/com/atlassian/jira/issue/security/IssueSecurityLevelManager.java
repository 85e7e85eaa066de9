/*
 * Compile-only stub of com.atlassian.jira.issue.security.IssueSecurityLevelManager (interface, @PublicApi) for Jira
 * 11.3 and 10.3; never packaged. Only List<IssueSecurityLevel> getUsersSecurityLevels(Project, ApplicationUser).
 * VERIFIED as an @PublicApi interface with getAllSecurityLevelsForUser(ApplicationUser) in the Jira 7.0.0 and
 * "server" (latest 9.x) javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html
 * VERIFIED in Jira 6.x source (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/
 * com/atlassian/jira/issue/security/IssueSecurityLevelManager.java) with a Crowd User parameter: the list of levels of
 * the project's issue security scheme the user is in (jira-core IssueSecurityLevelManagerImpl, cached per project and
 * user key; empty without a scheme). Jira's own permission filter calls exactly this per browsable project
 * (jira-core DefaultPermissionQueryFactory.collectSecurityLevelTerms, same commit).
 * Known from use with an ApplicationUser: zephyr capture's SystemFieldOptionService assigns
 * getUsersSecurityLevels(project, applicationUser) to a List<IssueSecurityLevel> (code search).
 * UNVERIFIED for 10/11: no 10/11 javadoc page of the (Project, ApplicationUser) overload was found.
 */
package com.atlassian.jira.issue.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface IssueSecurityLevelManager {
    List<IssueSecurityLevel> getUsersSecurityLevels(Project project, ApplicationUser user);
}
