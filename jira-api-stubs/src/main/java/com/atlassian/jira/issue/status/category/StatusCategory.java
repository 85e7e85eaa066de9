/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.status.category.StatusCategory (interface, @PublicApi);
 * never packaged. VERIFIED (was [U] in JIRA-PLATFORM.md 1.5) against a public copy of jira-api source (since v6.1)
 * found with the code search: an interface with String getKey() and the key constants "new", "indeterminate",
 * "done", "undefined" (TO_DO, IN_PROGRESS, COMPLETE, UNDEFINED). kpi-jira compares keys as literals, so the
 * constants are not stubbed.
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String getKey();
}
