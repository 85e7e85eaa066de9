/*
 * Compile-only stub of com.atlassian.jira.issue.changehistory.ChangeHistoryManager (interface, @PublicApi) for Jira
 * 11.3 and 10.3; never packaged. One member: List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue>,
 * ApplicationUser), the batch read ("much more efficient than" one issue at a time, "should be preferred whenever
 * possible", since 5.1).
 * VERIFIED for Jira 6.x with a Crowd User as the second parameter: a jira-api source copy (turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/changehistory/ChangeHistoryManager.java),
 * whose implementation (jira-core DefaultChangeHistoryManager, same copy) reads every issue's change groups in one
 * batch and does not look at the user: the issues passed must already be ones the user may see.
 * The ApplicationUser form of Jira 7 onwards, where Jira's API replaced the Crowd User by ApplicationUser: Jira
 * Software 9.12.10's wrapper ChangeHistoryService.getChangeHistoriesForUser(Issue, ApplicationUser)
 * (https://docs.atlassian.com/jira-software/9.12.10/com/atlassian/greenhopper/service/issue/changehistory/ChangeHistoryService.html)
 * "for the user who is asking"; that the batch overload took ApplicationUser the same way is inferred, and its
 * erasure (java.lang.Iterable, ApplicationUser) -> java.util.List on Jira 10.3 and 11.3 is UNVERIFIED: no javadoc page
 * of ChangeHistoryManager newer than 4.4 and no public code built against Jira 7+ calling the batch overload was found
 * (searched the docs and code corpora). Public apps import the manager as a component with
 * @ComponentImport ChangeHistoryManager (the code search finds several, one stating Jira 9.12.11).
 * Check first on a real Jira (docs/jira-stubs.md).
 */
package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
