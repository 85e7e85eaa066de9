/*
 * Compile-only stub of com.atlassian.jira.security.JiraAuthenticationContext (interface) for Jira 11.3 and 10.3;
 * never packaged. Members: ApplicationUser getLoggedInUser() (null when anonymous), java.util.Locale getLocale().
 * VERIFIED in use: called by atlassian-labs/atlassian-slack-integration-server built against Jira 10.7 and 11.0
 * (JIRA-PLATFORM.md 1.7 and 7 s6). In Jira 6.x getLoggedInUser() still returned a Crowd User; the ApplicationUser
 * return is the Jira 7+ form that code uses.
 * UNVERIFIED on a 10/11 javadoc page (none found).
 * getLocale(), marked [U] in JIRA-PLATFORM.md 1.7: its java.util.Locale return is checked against usage in public
 * code in the code index (Jira-era classes passing it to NumberFormat.getInstance(Locale) and calling
 * toLanguageTag() on it), not against Jira 11.3 javadoc.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
