package org.saleskpi.jira.bridge;

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
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@link IssueSearch} over {@link SearchService}, which Jira 10 and 11 both offer. Never calls the
 * {@code *OverrideSecurity} variants: every search runs as the user it is given.
 */
public final class SearchServiceIssueSearch implements IssueSearch {
    private final SearchService searchService;

    public SearchServiceIssueSearch(SearchService searchService) {
        this.searchService = Objects.requireNonNull(searchService, "searchService");
    }

    @Override
    public Query parse(ApplicationUser searcher, String jql) {
        SearchService.ParseResult parsed = searchService.parseQuery(requireUser(searcher), jql);
        if (!parsed.isValid()) {
            throw rejected(parsed.getErrors());
        }
        // Parsing checks syntax only; validation is where a filter or project the user may not see fails.
        MessageSet problems = searchService.validateQuery(searcher, parsed.getQuery());
        if (problems != null && problems.hasAnyErrors()) {
            throw rejected(problems);
        }
        return parsed.getQuery();
    }

    @Override
    public List<Issue> page(ApplicationUser searcher, Query query, int start, int max) {
        try {
            SearchResults<Issue> results = searchService.search(requireUser(searcher), query,
                    new PagerFilter<Issue>(start, max));
            return List.copyOf(results.getResults());
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long count(ApplicationUser searcher, Query query) {
        try {
            return searchService.searchCount(requireUser(searcher), query);
        } catch (SearchException e) {
            throw new IllegalStateException("Jira's search count failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String text(Query query) {
        return searchService.getJqlString(query);
    }

    /** A null searcher would search as anonymous: never what a caller meant. */
    private static ApplicationUser requireUser(ApplicationUser searcher) {
        return Objects.requireNonNull(searcher, "searcher");
    }

    /** Jira's messages about a query as a 400 on {@code jql}; also what the system search throws on bad scope JQL. */
    static InvalidInputException rejected(MessageSet messages) {
        List<FieldError> errors = new ArrayList<>();
        if (messages != null) {
            for (String message : messages.getErrorMessages()) {
                errors.add(new FieldError("jql", "saleskpi.jql.jira", message, message));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("jql", "saleskpi.jql.jira", "Jira could not read this JQL.", ""));
        }
        return new InvalidInputException(errors);
    }
}
