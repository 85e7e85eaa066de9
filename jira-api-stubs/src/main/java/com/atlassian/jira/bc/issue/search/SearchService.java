/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.issue.search.SearchService (interface); never packaged.
 * Sources: a compiling `implements SearchService` mock in cures-hub/cures-condec-jira (Jira 8.20) for search,
 * searchCount and validateQuery; parseQuery(ApplicationUser, String) returning SearchService.ParseResult is
 * called by atlassian-labs/atlassian-slack-integration-server compiled against Jira 11.0 (JIRA-PLATFORM.md 7 section 3).
 * ParseResult.isValid/getErrors/getQuery: public plugin code calls them exactly so (checked with the code search).
 * That search and searchCount keep these erasures in Jira 11 is UNVERIFIED (no Jira 11 javadoc was reachable);
 * nothing found says they changed. The *OverrideSecurity variants are deliberately not stubbed.
 * getJqlString(Query), the JQL text of a saved filter's query: JIRA-PLATFORM.md 1.10 [V], and Jira's own
 * actions call it so (code search).
 */
package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    long searchCount(ApplicationUser searcher, Query query) throws SearchException;

    SearchService.ParseResult parseQuery(ApplicationUser searcher, String query);

    MessageSet validateQuery(ApplicationUser searcher, Query query);

    String getJqlString(Query query);

    class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return query != null && (errors == null || !errors.hasAnyErrors());
        }
    }
}
