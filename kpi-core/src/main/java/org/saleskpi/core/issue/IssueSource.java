package org.saleskpi.core.issue;

import org.saleskpi.core.user.UserRef;

/**
 * Port: the issues a host can search. Jira implements it over SearchService as the user; the
 * standalone server over its local issue store. Implementations never bypass permissions.
 */
public interface IssueSource {

    /** The issues of the query that its user may browse, as a table of the asked columns. */
    IssueTable load(IssueQuery query);

    /** How many issues match, without loading them. */
    long count(String jql, UserRef user);
}
