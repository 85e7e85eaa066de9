package org.saleskpi.core.kpi;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Loads a profile's issues as the viewer: the profile's scope, narrowed by the request's extra
 * {@code jql} and by the dashboard page's {@code narrow} JQL, with only the columns asked for. The issue source applies the viewer's browse
 * permission, so no number is ever computed from an issue the viewer may not see.
 */
public final class ProfileIssues {
    public static final String JQL = "jql";
    /** The dashboard page's JQL narrowing, which every gadget that does not pin its own follows. */
    public static final String NARROW = "narrow";
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
        return load(viewer, profile, extraJql, null, columns, history);
    }

    /**
     * The same, also narrowed by the page's {@code narrowJql} (blank: none); a narrowing the host cannot read is
     * a 400 naming {@code narrow}.
     */
    public IssueTable load(UserRef viewer, KpiProfile profile, String extraJql, String narrowJql,
            Set<Column> columns, Set<Column> history) {
        String query = query(viewer, profile, extraJql, narrowJql);
        return blamingNarrow(viewer, profile, narrowJql, () -> issues.load(new IssueQuery(query, viewer, columns,
                profile.model().calendar().zone(), history)));
    }

    /** Checks the query without loading: a 400 naming {@code jql} when the host cannot read it. */
    public void check(UserRef viewer, KpiProfile profile, String extraJql) {
        check(viewer, profile, extraJql, null);
    }

    /** Checks the query with the page's narrowing: a 400 naming {@code jql} or {@code narrow}. */
    public void check(UserRef viewer, KpiProfile profile, String extraJql, String narrowJql) {
        String query = query(viewer, profile, extraJql, narrowJql);
        blamingNarrow(viewer, profile, narrowJql, () -> issues.count(query, viewer));
    }

    /** {@code (scope) AND (extra) AND (narrow)}: the page's narrowing is plain JQL, never a gadget source. */
    public String query(UserRef viewer, KpiProfile profile, String extraJql, String narrowJql) {
        checkLength(NARROW, narrowJql);
        return JqlText.and(query(viewer, profile, extraJql), narrowJql);
    }

    /**
     * {@code (scope) AND (extra)}, each without its {@code ORDER BY}; the scope alone when there is no extra. The
     * extra {@code jql} may be a gadget source ({@code filter-<id>}, {@code project-<id>}, {@code jql-<query>}):
     * the host turns it into JQL as the viewer before it is composed. Drill-downs start from this query.
     */
    public String query(UserRef viewer, KpiProfile profile, String extraJql) {
        // The request's text is bounded; a saved filter's JQL is as long as Jira let its owner make it.
        checkLength(JQL, extraJql);
        String extra = extraJql == null || extraJql.isBlank() ? extraJql
                : issues.jql(extraJql, viewer);
        return JqlText.and(scope(profile), extra);
    }

    /** The profile's issues: its scope JQL, or its project when the scope is blank. */
    public static String scope(KpiProfile profile) {
        return profile.model().scopeJql().isBlank() ? "project = " + profile.projectKey() : profile.model().scopeJql();
    }

    private static void checkLength(String field, String jql) {
        if (jql != null && jql.length() > MAX_JQL) {
            throw InvalidInputException.of(field, "saleskpi.jql.tooLong",
                    field + " must be at most " + MAX_JQL + " characters.", MAX_JQL);
        }
    }

    /**
     * Runs the search; when the host cannot read the combined query and the page's narrowing alone is what it
     * cannot read, the 400 names {@code narrow} instead of {@code jql}, so the page shows it at its filter box.
     */
    private <T> T blamingNarrow(UserRef viewer, KpiProfile profile, String narrowJql, Supplier<T> search) {
        try {
            return search.get();
        } catch (InvalidInputException e) {
            if (narrowJql == null || narrowJql.isBlank()) {
                throw e;
            }
            try {
                issues.count(JqlText.and(scope(profile), narrowJql), viewer);
            } catch (InvalidInputException narrowed) {
                throw new InvalidInputException(narrowed.errors().stream()
                        .map(err -> err.at(NARROW)).toList());
            }
            throw e;
        }
    }
}
