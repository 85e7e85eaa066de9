/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.search.SearchRequest (class: a saved filter); never
 * packaged. Source: JIRA-PLATFORM.md 1.10 [V]: Query getQuery(), and searchService.getJqlString(filter.getQuery())
 * for its JQL text (re-checked with the code search). That it is a class, not an interface, is from Jira's javadoc
 * as remembered and UNVERIFIED here (it decides invokevirtual vs invokeinterface, rule 0.2).
 * The constructor and body exist so tests can run against the stub.
 */
package com.atlassian.jira.issue.search;

import com.atlassian.query.Query;

public class SearchRequest {
    private final Query query;

    public SearchRequest(Query query) {
        this.query = query;
    }

    public Query getQuery() {
        return query;
    }
}
