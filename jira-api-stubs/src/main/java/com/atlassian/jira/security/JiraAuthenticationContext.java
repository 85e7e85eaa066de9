/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.security.JiraAuthenticationContext (interface); never
 * packaged. Source: JIRA-PLATFORM.md 1.7 and 7 section 6 [V]: called by atlassian-labs/atlassian-slack-integration-server
 * compiled against Jira 11.0. getLocale, marked [U] in JIRA-PLATFORM.md 1.7: its java.util.Locale return is
 * checked against usage in public code in the code index (Jira-era classes passing it to
 * NumberFormat.getInstance(Locale) and calling toLanguageTag() on it), not against Jira 11.3 javadoc.
 */
package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    Locale getLocale();
}
