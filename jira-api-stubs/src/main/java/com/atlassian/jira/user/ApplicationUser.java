/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.user.ApplicationUser (interface); never packaged.
 * Source: https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/ApplicationUser.html
 * and JIRA-PLATFORM.md 1.7. getKey and getUsername are verified in public code compiled against Jira 10/11
 * (atlassian-labs/atlassian-slack-integration-server); getDisplayName is long-standing but unverified here.
 * isActive() (JIRA-PLATFORM.md 1.7 [U]): public code filtering user search results calls it (code search);
 * UNVERIFIED for Jira 11.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();

    boolean isActive();
}
