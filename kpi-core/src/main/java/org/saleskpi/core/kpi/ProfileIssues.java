package org.saleskpi.core.kpi;

import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Loads a profile's issues as the viewer: the profile's scope, narrowed by the request's extra
 * {@code jql}, with only the columns asked for. The issue source applies the viewer's browse
 * permission, so no number is ever computed from an issue the viewer may not see.
 */
public final class ProfileIssues {
    public static final String JQL = "jql";
    /** The longest extra query a request may carry, the bound of every long text the REST layer reads. */
    public static final int MAX_JQL = 4000;

    private final IssueSource issues;

    public ProfileIssues(IssueSource issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    public IssueTable load(UserRef viewer, KpiProfile profile, String extraJql, Set<Column> columns) {
        return load(viewer, profile, extraJql, columns, Set.of());
    }

    /** The same, with the changes of the {@code history} columns when a figure reads the past (empty: none). */
    public IssueTable load(UserRef viewer, KpiProfile profile, String extraJql, Set<Column> columns,
            Set<Column> history) {
        return issues.load(new IssueQuery(query(viewer, profile, extraJql), viewer, columns,
                profile.model().calendar().zone(), history));
    }

    /** Checks the query without loading: a 400 naming {@code jql} when the host cannot read it. */
    public void check(UserRef viewer, KpiProfile profile, String extraJql) {
        issues.count(query(viewer, profile, extraJql), viewer);
    }

    /**
     * {@code (scope) AND (extra)}, each without its {@code ORDER BY}; the scope alone when there is no extra. The
     * extra {@code jql} may be a gadget source ({@code filter-<id>}, {@code project-<id>}, {@code jql-<query>}):
     * the host turns it into JQL as the viewer before it is composed. Drill-downs start from this query.
     */
    public String query(UserRef viewer, KpiProfile profile, String extraJql) {
        // The request's text is bounded; a saved filter's JQL is as long as Jira let its owner make it.
        checkLength(extraJql);
        String extra = extraJql == null || extraJql.isBlank() ? extraJql
                : issues.jql(extraJql, viewer);
        return JqlText.and(scope(profile), extra);
    }

    /** The profile's issues: its scope JQL, or its project when the scope is blank. */
    public static String scope(KpiProfile profile) {
        return profile.model().scopeJql().isBlank() ? "project = " + profile.projectKey() : profile.model().scopeJql();
    }

    private static void checkLength(String extraJql) {
        if (extraJql != null && extraJql.length() > MAX_JQL) {
            throw InvalidInputException.of(JQL, "saleskpi.jql.tooLong",
                    "jql must be at most " + MAX_JQL + " characters.", MAX_JQL);
        }
    }
}
