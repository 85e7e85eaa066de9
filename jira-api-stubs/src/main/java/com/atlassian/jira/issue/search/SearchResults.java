/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.search.SearchResults<T> (class); never packaged.
 * Sources: the constructor is verified by a compiling mock in cures-hub/cures-condec-jira (Jira 8.20);
 * getResults() by Atlassian's Lucene upgrade page (https://confluence.atlassian.com/jiracore/lucene-upgrade-975041047.html).
 * getTotal() stays UNVERIFIED for Jira 11 (JIRA-PLATFORM.md 1.2 [U]; the code search found only unrelated
 * classes of that name). The bodies exist so tests can run against the stub; Jira's own class runs in Jira.
 */
package com.atlassian.jira.issue.search;

import java.util.List;

public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int totalResultCount, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
        this.total = totalResultCount;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
