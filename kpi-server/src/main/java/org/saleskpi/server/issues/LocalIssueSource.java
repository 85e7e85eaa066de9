package org.saleskpi.server.issues;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.AccessPolicy;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.server.jql.JqlContext;
import org.saleskpi.server.jql.JqlFilter;
import org.saleskpi.server.jql.JqlOrder;
import org.saleskpi.server.jql.JqlParser;
import org.saleskpi.server.jql.JqlQuery;

/**
 * The standalone server's {@link IssueSource} and {@link IssueCatalog}: JQL over the
 * {@link IssueIndex}, as the asking user, never beyond the projects that user may browse.
 * {@code count} and {@code search}, which get no zone, count days in the server's zone.
 */
public final class LocalIssueSource implements IssueSource, IssueCatalog {
    private final IssueIndex index;
    private final AccessPolicy access;
    private final Clock clock;
    private final ZoneId zone;

    public LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone) {
        this.index = index;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public IssueTable load(IssueQuery query) {
        JqlQuery jql = JqlParser.parse(query.jql());
        JqlContext context = context(query.user(), query.zone());
        return index.read(columns -> {
            RowSet rows = visible(jql, columns, context, query.user());
            return IndexTable.gather(columns, rows.toArray(), query.columns(), query.zone(),
                    custom -> field(columns, custom));
        });
    }

    @Override
    public long count(String jql, UserRef user) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = context(user, zone);
        return index.read(columns -> visible(query, columns, context, user).count());
    }

    /** A page of the issues matching {@code jql} that {@code user} may browse, in the query's order. */
    public SearchPage search(String jql, UserRef user, int startAt, int maxResults) {
        if (startAt < 0) {
            throw InvalidInputException.of("startAt", "saleskpi.search.startAt", "startAt must not be negative.");
        }
        if (maxResults < 0) {
            throw InvalidInputException.of("maxResults", "saleskpi.search.maxResults",
                    "maxResults must not be negative.");
        }
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = context(user, zone);
        return index.read(columns -> {
            RowSet rows = visible(query, columns, context, user);
            int[] ordered = JqlOrder.sort(query, rows, columns);
            List<LocalIssue> page = new ArrayList<>();
            for (int i = startAt; i < ordered.length && page.size() < maxResults; i++) {
                page.add(columns.issue(ordered[i]));
            }
            return new SearchPage(ordered.length, page);
        });
    }

    /** Throws the {@link InvalidInputException} (field {@code jql}) that running the query would. */
    public void validate(String jql) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = JqlContext.of(clock, zone, Optional.empty());
        index.read(columns -> {
            JqlFilter.check(query, columns, context);
            return null;
        });
    }

    @Override
    public List<FieldInfo> fields(UserRef user) {
        return index.fields().stream().map(f -> new FieldInfo(f.id(), f.name(), f.type())).toList();
    }

    @Override
    public List<String> statuses(UserRef user) {
        return index.read(columns -> distinct(columns.status(), browsable(columns, user)));
    }

    @Override
    public List<String> issueTypes(UserRef user) {
        return index.read(columns -> distinct(columns.issueType(), browsable(columns, user)));
    }

    @Override
    public List<String> projects(UserRef user) {
        return index.read(columns -> {
            CodedColumn<String> projects = columns.project();
            boolean[] allowed = allowedProjects(projects, user);
            List<String> keys = new ArrayList<>();
            for (int code = 1; code < allowed.length; code++) {
                if (allowed[code]) {
                    keys.add(projects.value(code));
                }
            }
            return keys.stream().sorted().toList();
        });
    }

    private JqlContext context(UserRef user, ZoneId queryZone) {
        return JqlContext.of(clock, queryZone, Optional.of(user.key()));
    }

    private RowSet visible(JqlQuery query, IndexColumns columns, JqlContext context, UserRef user) {
        return JqlFilter.select(query, columns, context).and(browsable(columns, user));
    }

    private RowSet browsable(IndexColumns columns, UserRef user) {
        RowSet allowed = RowSet.none(columns.rows());
        columns.project().select(allowedProjects(columns.project(), user), columns.rows(), allowed);
        return allowed;
    }

    /** Asks the policy once per project in use, never per issue. */
    private boolean[] allowedProjects(CodedColumn<String> projects, UserRef user) {
        boolean admin = access.isSystemAdmin(user);
        return projects.codesWhere(project -> admin || access.canBrowse(user, project));
    }

    private static List<String> distinct(CodedColumn<String> column, RowSet rows) {
        boolean[] seen = new boolean[column.cardinality()];
        rows.forEach(row -> seen[column.code(row)] = true);
        TreeSet<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (int code = 1; code < seen.length; code++) {
            if (seen[code]) {
                values.add(column.value(code));
            }
        }
        return List.copyOf(values);
    }

    /** The defined field a custom column names, of the column's type. */
    private static CustomField field(IndexColumns columns, Column.Custom custom) {
        CustomField field = columns.field(custom.fieldId()).orElseThrow(() -> InvalidInputException.of(
                "columns", "saleskpi.issues.column", "Custom field " + custom.fieldId() + " does not exist."));
        if (field.type() != custom.type()) {
            throw InvalidInputException.of("columns", "saleskpi.issues.column",
                    "Custom field " + custom.fieldId() + " is a " + field.type() + ", not a " + custom.type() + ".");
        }
        return field;
    }
}
