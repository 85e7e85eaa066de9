package org.saleskpi.server.issues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
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
            IssueTable.Builder table = IssueTable.builder(query.zone(), query.columns());
            List<CustomField> fields = wanted(columns, query);
            rows.forEach(row -> table.add(record(columns, row, fields)));
            return table.build();
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

    private static List<CustomField> wanted(IndexColumns columns, IssueQuery query) {
        List<CustomField> fields = new ArrayList<>();
        for (Column column : query.columns()) {
            if (column instanceof Column.Custom custom) {
                CustomField field = columns.field(custom.fieldId()).orElseThrow(() -> InvalidInputException.of(
                        "columns", "saleskpi.issues.column", "Custom field " + custom.fieldId() + " does not exist."));
                if (field.type() != custom.type()) {
                    throw InvalidInputException.of("columns", "saleskpi.issues.column",
                            "Custom field " + custom.fieldId() + " is a " + field.type() + ", not a " + custom.type()
                                    + ".");
                }
                fields.add(field);
            }
        }
        return fields;
    }

    /** The row as a record holding the system fields and only the asked custom fields. */
    private static IssueRecord record(IndexColumns c, int row, List<CustomField> fields) {
        Map<String, FieldValue> values = new HashMap<>();
        for (CustomField field : fields) {
            FieldValue value = c.fieldValue(field, row);
            if (value != null) {
                values.put(field.id(), value);
            }
        }
        long resolved = c.resolved().value(row);
        long due = c.due().value(row);
        return new IssueRecord(c.key(row), c.project().value(c.project().code(row)),
                c.issueType().value(c.issueType().code(row)), c.status().value(c.status().code(row)),
                c.statusCategory().value(c.statusCategory().code(row)),
                Optional.ofNullable(c.resolution().value(c.resolution().code(row))),
                Optional.ofNullable(c.assignee().value(c.assignee().code(row))),
                Optional.ofNullable(c.reporter().value(c.reporter().code(row))),
                Instant.ofEpochMilli(c.created().value(row)), Instant.ofEpochMilli(c.updated().value(row)),
                resolved == LongColumn.NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(resolved)),
                due == LongColumn.NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(due)), values);
    }
}
