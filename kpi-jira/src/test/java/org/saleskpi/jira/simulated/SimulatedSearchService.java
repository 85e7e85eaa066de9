package org.saleskpi.jira.simulated;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Jira's issue search over the simulated Jira's issues, as the searcher: only issues of projects they may browse
 * and, where an issue has a security level, of levels they may see; the override-security twins see every issue. Each {@link #search} call is one search request
 * and materialises one new issue object per result; both are counted in {@link JiraWork} with their cost.
 */
final class SimulatedSearchService implements SearchService {
    private final SimulatedJira jira;

    SimulatedSearchService(SimulatedJira jira) {
        this.jira = jira;
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return page(matches(Objects.requireNonNull(searcher, "searcher").getKey(), query), pager);
    }

    @Override
    public long searchCount(ApplicationUser searcher, Query query) throws SearchException {
        jira.work().count();
        return matches(Objects.requireNonNull(searcher, "searcher").getKey(), query).length;
    }

    /** Every issue the query selects, whoever asks (or nobody): no permission is checked. */
    @Override
    public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        return page(matches(null, query), pager);
    }

    @Override
    public long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException {
        jira.work().count();
        return matches(null, query).length;
    }

    private SearchResults<Issue> page(int[] positions, PagerFilter pager) {
        int start = Math.max(0, pager.getStart());
        int end = (int) Math.min(positions.length, (long) start + Math.max(0, pager.getMax()));
        List<Issue> page = new ArrayList<>(Math.max(0, end - start));
        for (int i = start; i < end; i++) {
            StoredIssue stored = jira.stored(positions[i]);
            if (stored != null) {
                page.add(new SimulatedIssue(stored, jira));
            }
        }
        jira.work().search(page.size(), jira.cost().of(1, page.size()));
        return new SearchResults<>(page, positions.length, pager.getMax(), start);
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String jql) {
        try {
            return new ParseResult(new SimulatedQuery(jql, SimulatedJql.read(jql, jira.zone(), jira.clock())),
                    Messages.NONE);
        } catch (IllegalArgumentException e) {
            return new ParseResult(null, new Messages(Set.of(e.getMessage())));
        }
    }

    @Override
    public MessageSet validateQuery(ApplicationUser searcher, Query query) {
        return Messages.NONE;
    }

    @Override
    public String getJqlString(Query query) {
        return ((SimulatedQuery) query).jql();
    }

    /** Of a searcher's key, or of everyone's issues for null. */
    private int[] matches(String searcherKey, Query query) throws SearchException {
        if (!(query instanceof SimulatedQuery simulated)) {
            throw new SearchException("The simulated Jira searches only queries it parsed.");
        }
        return jira.select(simulated, searcherKey);
    }

    /** Jira's message set: here only error messages. */
    record Messages(Set<String> errors) implements MessageSet {
        static final Messages NONE = new Messages(Set.of());

        @Override
        public boolean hasAnyErrors() {
            return !errors.isEmpty();
        }

        @Override
        public Set<String> getErrorMessages() {
            return errors;
        }
    }
}
