package org.saleskpi.web.kpi;

import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.JqlText;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.Caller;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.json.JsonInput;

/**
 * Loads a profile's issues as the caller: the profile's scope, narrowed by the request's extra
 * {@code jql}, with only the columns asked for. The issue source applies the caller's browse
 * permission, so no number is ever computed from an issue the caller may not see.
 */
public final class ProfileIssues {
    public static final String JQL = "jql";

    private ProfileIssues() {
    }

    public static IssueTable load(RestServices services, Caller caller, KpiProfile profile, String extraJql,
            Set<Column> columns) {
        return services.issues().load(new IssueQuery(jql(services, caller, profile, extraJql), caller.user(),
                columns, profile.model().calendar().zone()));
    }

    /** Checks the query without loading: a 400 naming {@code jql} when the host cannot read it. */
    public static void check(RestServices services, Caller caller, KpiProfile profile, String extraJql) {
        services.issues().count(jql(services, caller, profile, extraJql), caller.user());
    }

    /**
     * {@code (scope) AND (extra)}, each without its {@code ORDER BY}; the scope alone when there is no extra. The
     * extra {@code jql} may be a gadget source ({@code filter-<id>}, {@code project-<id>}, {@code jql-<query>}):
     * the host turns it into JQL as the caller before it is composed.
     */
    private static String jql(RestServices services, Caller caller, KpiProfile profile, String extraJql) {
        // The request's text is bounded; a saved filter's JQL is as long as Jira let its owner make it.
        checkLength(extraJql);
        String extra = extraJql == null || extraJql.isBlank() ? extraJql
                : services.issues().jql(extraJql, caller.user());
        return JqlText.and(scope(profile), extra);
    }

    /** The profile's issues: its scope JQL, or its project when the scope is blank. */
    public static String scope(KpiProfile profile) {
        return profile.model().scopeJql().isBlank() ? "project = " + profile.projectKey() : profile.model().scopeJql();
    }

    private static void checkLength(String extraJql) {
        if (extraJql != null && extraJql.length() > JsonInput.MAX_LONG_TEXT) {
            throw InvalidInputException.of(JQL, "saleskpi.jql.tooLong",
                    "jql must be at most " + JsonInput.MAX_LONG_TEXT + " characters.");
        }
    }
}
