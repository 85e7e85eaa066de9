/*
 * Compile-only stub of com.atlassian.jira.issue.search.SearchException (checked exception, @PublicApi) for Jira 11.3
 * and 10.3; never packaged. kpi-jira only catches it; the (String) constructor is for tests.
 * VERIFIED: a checked exception with a (String) constructor, thrown by SearchService.search/searchCount
 * (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java; cures-hub/cures-condec-jira@74be50b MockSearchService.java,
 * Jira 8.20); caught by atlassian-slack-integration-server built against Jira 11.0 (JIRA-PLATFORM.md 7 s3).
 * Jira's class extends com.atlassian.jira.JiraException; this stub extends Exception directly, which is safe because
 * kpi-jira never catches JiraException.
 */
package com.atlassian.jira.issue.search;

public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
