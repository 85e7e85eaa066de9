package org.saleskpi.core.issue;

import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Port: the issues a host can search. Jira implements it over SearchService as the user; the
 * standalone server over its local issue store. Implementations never bypass permissions.
 */
public interface IssueSource {

    /** The issues of the query that its user may browse, as a table of the asked columns. */
    IssueTable load(IssueQuery query);

    /** How many issues match, without loading them. */
    long count(String jql, UserRef user);

    /**
     * The JQL of a gadget or request source ({@link JqlSource}) for {@code user}. This default serves hosts
     * without saved filters or project ids (the standalone server): {@code jql-} is taken off, plain JQL is
     * kept, and {@code filter-}/{@code project-} are a 400 on {@code jql}. Jira resolves them as the user.
     */
    default String jql(String source, UserRef user) {
        JqlSource parsed = JqlSource.parse(source);
        if (parsed instanceof JqlSource.Text text) {
            return text.jql();
        }
        String kind;
        if (parsed instanceof JqlSource.Filter) {
            kind = "Saved filters";
        } else if (parsed instanceof JqlSource.Project) {
            kind = "Project sources";
        } else {
            throw new IllegalStateException("unknown JQL source " + parsed.getClass().getName());
        }
        throw InvalidInputException.of(JqlSource.FIELD, "saleskpi.jql.source",
                kind + " are not available here; use JQL instead of '" + source + "'.");
    }
}
