/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.JiraAuthenticationContext (interface); never
 * packaged. Source: JIRA-PLATFORM.md 1.7 and 7 section 6 [V]: called by atlassian-labs/atlassian-slack-integration-server
 * compiled against Jira 11.0.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();
}
