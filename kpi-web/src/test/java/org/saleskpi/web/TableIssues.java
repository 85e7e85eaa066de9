package org.saleskpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The web tests' issues: records in memory, filtered by the caller's browse permission and by the
 * only JQL the tests send, {@code project = KEY} and {@code key = ISSUE-1} clauses joined by AND, in any
 * parentheses (as the resources wrap a profile's scope and a request's extra JQL). Anything else is refused
 * as the real JQL would refuse a syntax error, so tests of the validate path have a bad query.
 * The JQL subset itself is tested in kpi-server.
 */
public final class TableIssues implements IssueSource, IssueCatalog {
    private static final Pattern PROJECT = Pattern.compile("(?i)\\s*project\\s*=\\s*\"?([A-Z][A-Z0-9_]*)\"?\\s*");
    private static final Pattern KEY = Pattern.compile("(?i)\\s*(?:issue)?key\\s*=\\s*\"?([A-Z][A-Z0-9_]*-[0-9]+)\"?\\s*");

    private final List<IssueRecord> records;
    private final List<FieldInfo> fields;
    private final AccessPolicy access;

    public TableIssues(List<IssueRecord> records, List<FieldInfo> fields, AccessPolicy access) {
        this.records = List.copyOf(records);
        this.fields = List.copyOf(fields);
        this.access = access;
    }

    @Override
    public IssueTable load(IssueQuery query) {
        return IssueTable.of(query.zone(), query.columns(), visible(query.jql(), query.user()).toList());
    }

    @Override
    public long count(String jql, UserRef user) {
        return visible(jql, user).count();
    }

    private Stream<IssueRecord> visible(String jql, UserRef user) {
        List<Predicate<IssueRecord>> clauses = clausesOf(jql);
        return records.stream()
                .filter(r -> access.isSystemAdmin(user) || access.canBrowse(user, r.project()))
                .filter(r -> clauses.stream().allMatch(clause -> clause.test(r)));
    }

    /** The clauses of {@code project = A AND key = A-1}; a 400 on {@code jql} for anything else. */
    static List<Predicate<IssueRecord>> clausesOf(String jql) {
        List<Predicate<IssueRecord>> clauses = new ArrayList<>();
        if (jql.isBlank()) {
            return clauses;
        }
        for (String clause : jql.replace('(', ' ').replace(')', ' ').split("(?i)\\bAND\\b")) {
            Matcher project = PROJECT.matcher(clause);
            Matcher key = KEY.matcher(clause);
            if (project.matches()) {
                String wanted = project.group(1).toUpperCase(Locale.ROOT);
                clauses.add(r -> r.project().equals(wanted));
            } else if (key.matches()) {
                String wanted = key.group(1).toUpperCase(Locale.ROOT);
                clauses.add(r -> r.key().equals(wanted));
            } else {
                throw InvalidInputException.of("jql", "saleskpi.jql.invalid",
                        "Error in the JQL Query: cannot read '" + clause.trim() + "'.");
            }
        }
        return clauses;
    }

    @Override
    public List<FieldInfo> fields(UserRef user) {
        return fields;
    }

    @Override
    public List<String> statuses(UserRef user) {
        return visible("", user).map(IssueRecord::status).distinct().sorted().toList();
    }

    @Override
    public List<String> issueTypes(UserRef user) {
        return visible("", user).map(IssueRecord::issueType).distinct().sorted().toList();
    }

    @Override
    public List<String> projects(UserRef user) {
        return visible("", user).map(IssueRecord::project).distinct().sorted().toList();
    }

    static FieldInfo field(String id, String name, FieldType type) {
        return new FieldInfo(id, name, type);
    }
}
