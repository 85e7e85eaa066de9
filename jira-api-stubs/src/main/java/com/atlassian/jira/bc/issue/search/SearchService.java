/*
 * Compile-only stub of com.atlassian.jira.bc.issue.search.SearchService (interface, @PublicApi) for Jira 11.3 and
 * 10.3; never packaged. Members: SearchResults<Issue> search(ApplicationUser, Query, PagerFilter) throws
 * SearchException; long searchCount(ApplicationUser, Query) throws SearchException; SearchService.ParseResult
 * parseQuery(ApplicationUser, String); MessageSet validateQuery(ApplicationUser, Query); nested class ParseResult
 * (Query, MessageSet) with getQuery(), getErrors(), isValid().
 * VERIFIED for Jira 8.20: a class implementing the interface compiles with exactly these erasures, returns and
 * throws clauses, and builds ParseResult(Query, MessageSet): cures-hub/cures-condec-jira@74be50b,
 * src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockSearchService.java. parseQuery returning
 * SearchService.ParseResult is called by atlassian-labs/atlassian-slack-integration-server built against Jira 11.0
 * (JIRA-PLATFORM.md 7 s3). Atlassian names SearchService as the Jira 11 entry point that stays:
 * https://confluence.atlassian.com/display/ADMINJIRASERVER/Migrating+from+Lucene+to+Search+API
 * UNVERIFIED for 10/11: the erasures of search, searchCount and validateQuery on a 10/11 javadoc page (none found in
 * the docs and pages corpora for "SearchService searchCount parseQuery validateQuery"); getErrors()/isValid() are known
 * from plugin code calling them, not from a javadoc page.
 * String getJqlString(Query), the JQL text of a saved filter's query: JIRA-PLATFORM.md 1.10 [V], and Jira's own
 * actions call it so (code search).
 * SearchResults<Issue> searchOverrideSecurity(ApplicationUser, Query, PagerFilter) throws SearchException and long
 * searchCountOverrideSecurity(ApplicationUser, Query) throws SearchException: the same search and count without the
 * searcher's permissions and issue security, for the node's issue cache only (ADR 0028; kpi-jira's
 * SearchServiceSystemSearch). VERIFIED for Jira 8.20 by the same compiling mock (its @006b65b implements both with
 * these erasures); listed with these signatures in JIRA-PLATFORM.md 1.1.
 * UNVERIFIED for 10/11 on a javadoc page, like search and searchCount above; also UNVERIFIED: that a null searcher
 * (no user at all) is accepted by the override variants (the cache passes none: no user's rights are wanted).
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

    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

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
