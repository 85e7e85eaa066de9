package org.saleskpi.jira.bridge;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.core.issue.JqlText;

/**
 * {@link SystemSearch} over the {@code *OverrideSecurity} twins of {@link SearchService}'s search and count (stub
 * header: signatures and sources), run with no searcher: no user's rights shape what the node's cache holds, and
 * every read of the cache filters by the viewer's (ADR 0028).
 * <p>
 * Ids come from the same search as issues: {@code SearchService} has no ids-only call. The Search API of Jira 10.4+
 * ({@code IssueDocumentSearchService}) reads documents, which could give ids alone, but only its
 * {@code getHitCount(ApplicationUser, Query, boolean overrideSecurity)} is seen in public code (JIRA-PLATFORM.md 1.13);
 * its document search signatures are UNVERIFIED, so it is not used. UNVERIFIED as well: how deep offset paging goes
 * on an OpenSearch-backed Jira 11, whose default window is 10,000 documents (JIRA-PLATFORM.md, "Jira 11").
 */
public final class SearchServiceSystemSearch implements SystemSearch {
    /** Ids per "id in (…)" search: bounded JQL length and memory, like the viewer's 500-issue pages. */
    public static final int BATCH = 500;
    /**
     * A stable order for paging. {@code id} is a JQL name of the issue key field (UNVERIFIED for 10/11: taken from
     * Jira's JQL field reference, which lists id, issue and key as its aliases); ordering by it sorts by key.
     */
    private static final String ORDER = " ORDER BY id ASC";

    private final SearchService searchService;

    @Inject
    public SearchServiceSystemSearch(SearchService searchService) {
        this.searchService = Objects.requireNonNull(searchService, "searchService");
    }

    @Override
    public List<Long> ids(String jql, int start, int max) {
        List<Long> ids = new ArrayList<>();
        for (Issue issue : search(JqlText.withoutOrderBy(jql) + ORDER, start, max)) {
            ids.add(issue.getId());
        }
        return ids;
    }

    @Override
    public List<Issue> issues(List<Long> ids) {
        Map<Long, Issue> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            for (Issue issue : search(SystemSearch.idIn(batch), 0, batch.size())) {
                found.put(issue.getId(), issue);
            }
        }
        List<Issue> inOrder = new ArrayList<>(found.size());
        for (Long id : ids) {
            Issue issue = found.get(id);
            if (issue != null) {
                inOrder.add(issue);
            }
        }
        return inOrder;
    }

    @Override
    public long count(String jql) {
        try {
            return searchService.searchCountOverrideSecurity(null, parse(jql));
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's count for the issue cache failed: " + e.getMessage(), e);
        }
    }

    private List<Issue> search(String jql, int start, int max) {
        if (max <= 0) {
            return List.of();
        }
        try {
            return List.copyOf(searchService.searchOverrideSecurity(null, parse(jql),
                    new PagerFilter<Issue>(start, max)).getResults());
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search for the issue cache failed: " + e.getMessage(), e);
        }
    }

    /** Parsed only: validation would judge the JQL against a user's rights, and there is no user here. */
    private Query parse(String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(null, jql);
        if (!parsed.isValid()) {
            throw SearchServiceIssueSearch.rejected(parsed.getErrors());
        }
        return parsed.getQuery();
    }
}
