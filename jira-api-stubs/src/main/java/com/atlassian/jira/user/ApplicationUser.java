/*
 * Compile-only stub of com.atlassian.jira.user.ApplicationUser (interface) for Jira 11.3 and 10.3; never packaged.
 * Members: String getKey(), String getUsername(), String getDisplayName().
 * VERIFIED for Jira 10.0 (interface extending Principal, WithId, WithKey, Serializable; all three return String):
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/user/ApplicationUser.html
 * UNVERIFIED for 11 by a javadoc page (none found); nothing found says it changed.
 */
package com.atlassian.jira.user;

public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getDisplayName();
}
