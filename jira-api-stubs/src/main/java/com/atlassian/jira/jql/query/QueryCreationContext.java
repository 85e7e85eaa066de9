/*
 * Compile-only stub of com.atlassian.jira.jql.query.QueryCreationContext (interface) for Jira 11.3 and 10.3; never
 * packaged. Member: ApplicationUser getApplicationUser(), the user the query runs for.
 * VERIFIED: called by atlascommunity/jira-plugins-groovy@ef39c51 (a public Jira 8 app that registers JQL functions) (ScriptedValuesFunction.groovy, queryCreationContext.applicationUser) and by other public
 * JQL functions (code search: queryCreationContext.getApplicationUser()). UNVERIFIED on 10.3/11.3 javadoc.
 */
package com.atlassian.jira.jql.query;

import com.atlassian.jira.user.ApplicationUser;

public interface QueryCreationContext {
    ApplicationUser getApplicationUser();
}
