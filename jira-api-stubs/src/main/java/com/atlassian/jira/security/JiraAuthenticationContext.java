/*
 * Compile-only stub of com.atlassian.jira.security.JiraAuthenticationContext (interface) for Jira 11.3 and 10.3;
 * never packaged. Only ApplicationUser getLoggedInUser() (null when anonymous).
 * VERIFIED in use: called by atlassian-labs/atlassian-slack-integration-server built against Jira 10.7 and 11.0
 * (JIRA-PLATFORM.md 1.7 and 7 s6). In Jira 6.x getLoggedInUser() still returned a Crowd User; the ApplicationUser
 * return is the Jira 7+ form that code uses.
 * UNVERIFIED on a 10/11 javadoc page (none found).
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
