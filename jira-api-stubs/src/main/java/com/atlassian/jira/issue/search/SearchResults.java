/*
 * Compile-only stub of com.atlassian.jira.issue.search.SearchResults<T> (class, @PublicApi) for Jira 11.3 and 10.3;
 * never packaged. Members: the (List<T>, int, int, int) constructor (tests only) and List<T> getResults(). Bodies
 * exist so tests can run against the stub.
 * VERIFIED: generic since Jira 8.0, where getIssues() became getResults():
 * https://confluence.atlassian.com/jiracore/lucene-upgrade-975041047.html ; still generic in 10.0
 * (SearchResults<DocumentWithId> in https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html);
 * the constructor with an int total in Jira 8.20 (cures-hub/cures-condec-jira@74be50b,
 * src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java); the class (with `public int getTotal()`) in a
 * Jira 6.x jira-api source copy (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchResults.java).
 * getTotal() is deliberately not stubbed: whether it returns int or long in Jira 10 and 11 could not be verified
 * (no SearchResults javadoc of 8.x to 11.x and no newer jira-api copy was found), and a wrong guess would fail at run
 * time with NoSuchMethodError, so kpi-jira pages on until a short page instead of reading the total.
 */
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    private final List<T> results;

    public SearchResults(List<T> results, int totalResultCount, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
    }

    public List<T> getResults() {
        return results;
    }
}
