/*
 * Compile-only stub of Jira 11.3 com.atlassian.jira.issue.search.SearchException (checked exception); never
 * packaged. Source: JIRA-PLATFORM.md 1.1 and 7 section 3 [V: caught by
 * atlassian-labs/atlassian-slack-integration-server compiled against Jira 11.0].
 */
package com.atlassian.jira.issue.search;

public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
