/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.bc.filter.SearchRequestService (interface); never packaged.
 * Source: JIRA-PLATFORM.md 1.10 [V: many plugins and Jira's own DefaultSearchRequestService tests]:
 * SearchRequest getFilter(JiraServiceContext, Long), null with errors in the context for a filter that is missing
 * or not shared with the context's user (re-checked with the code search). Not re-checked for 11.
 */
package com.atlassian.jira.bc.filter;

import com.atlassian.jira.bc.JiraServiceContext;
import com.atlassian.jira.issue.search.SearchRequest;

public interface SearchRequestService {
    SearchRequest getFilter(JiraServiceContext serviceCtx, Long filterId);
}
