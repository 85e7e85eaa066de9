package org.saleskpi.jira.bridge;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;
import java.util.List;

/**
 * Jira's issue search as the app uses it, behind one seam: the search API is what changes between Jira
 * versions (Lucene gone in 11, a new Search API from 10.4), so only implementations of this know which one
 * they call. Every method searches as {@code searcher}, honouring their permissions and issue security.
 */
public interface IssueSearch {

    /**
     * The query of {@code jql} as {@code searcher} may run it.
     *
     * @throws org.saleskpi.core.validation.InvalidInputException on field {@code jql}, with Jira's messages,
     *     when the JQL does not parse or names what the searcher may not see (a filter, a project, a field)
     */
    Query parse(ApplicationUser searcher, String jql);

    /**
     * The issues from {@code start}, at most {@code max} of them; fewer than {@code max} only on the last page.
     * Readers page on until a short page instead of trusting a total: the type of
     * {@code SearchResults.getTotal()} in Jira 10 and 11 is not verified, and a total can go stale while paging.
     */
    List<Issue> page(ApplicationUser searcher, Query query, int start, int max);

    long count(ApplicationUser searcher, Query query);

    /** The JQL text of a query, such as a saved filter's. */
    String text(Query query);
}
