/*
 * Compile-only stub of com.atlassian.jira.issue.status.category.StatusCategory (interface, @PublicApi, since 6.1) for
 * Jira 11.3 and 10.3; never packaged. Only String getKey().
 * VERIFIED (was [U] in JIRA-PLATFORM.md 1.5) in turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/status/category/StatusCategory.java:
 * an interface with String getKey() and String constants TO_DO = "new", IN_PROGRESS = "indeterminate",
 * COMPLETE = "done", UNDEFINED = "undefined". Being String compile-time constants they would be inlined, so the
 * stub does not need them; kpi-jira compares the same key strings as literals.
 * UNVERIFIED for 10/11 by a javadoc page of those versions (none found).
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String getKey();
}
