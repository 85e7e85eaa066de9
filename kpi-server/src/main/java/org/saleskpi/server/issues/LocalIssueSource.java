package org.saleskpi.server.issues;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
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
import org.saleskpi.server.jql.JqlPeople;
import org.saleskpi.server.jql.JqlParser;
import org.saleskpi.server.jql.JqlQuery;
import org.saleskpi.server.jql.UserValues;

/**
 * The standalone server's {@link IssueSource} and {@link IssueCatalog}: JQL over the
 * {@link IssueIndex}, as the asking user, never beyond the projects that user may browse.
 * {@code count} and {@code search}, which get no zone, count days in the server's zone. The
 * people a query's user values name are looked up in {@link JqlPeople} once per query, outside
 * the index lock.
 */
public final class LocalIssueSource implements IssueSource, IssueCatalog {
    /** Loaded tables kept for reuse by default: a dashboard's worth, within 128 MiB. */
    public static final int CACHED_TABLES = 16;
    public static final long CACHED_BYTES = 128L << 20;

    private final IssueIndex index;
    private final AccessPolicy access;
    private final Clock clock;
    private final ZoneId zone;
    private final LoadedTables loaded;
    private final JqlPeople people;
    private final IssueHistories histories;

    /** Without a directory: user values in queries are user keys. */
    public LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone) {
        this(index, access, clock, zone, JqlPeople.NONE);
    }

    /** User values in queries name {@code people} by username, full name or e-mail address, as in Jira. */
    public LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone, JqlPeople people) {
        this(index, access, clock, zone, people, IssueHistories.NONE, CACHED_TABLES, CACHED_BYTES);
    }

    /** Also attaches the recorded {@code histories} of the loaded issues when a query wants them. */
    public LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories) {
        this(index, access, clock, zone, people, histories, CACHED_TABLES, CACHED_BYTES);
    }

    /** With room for {@code cachedTables} loaded tables of at most {@code cachedBytes} together (0 keeps none). */
    public LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone, int cachedTables,
            long cachedBytes) {
        this(index, access, clock, zone, JqlPeople.NONE, IssueHistories.NONE, cachedTables, cachedBytes);
    }

    private LocalIssueSource(IssueIndex index, AccessPolicy access, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories, int cachedTables, long cachedBytes) {
        this.index = index;
        this.access = access;
        this.clock = clock;
        this.zone = zone;
        this.people = people;
        this.histories = histories;
        this.loaded = new LoadedTables(cachedTables, cachedBytes);
    }

    /**
     * The table of the query's issues; when the query wants history, with a {@link ChangeTable} of the
     * recorded changes of its history columns (an issue whose past the store does not know, such as
     * one a Jira CSV export created, has an unknown history). The changes are read from the store
     * after the index lock is released: a write landing in between may show in them before the
     * table, and its new index version retires the table from the cache at once.
     */
    @Override
    public IssueTable load(IssueQuery query) {
        JqlQuery jql = JqlParser.parse(query.jql());
        JqlContext context = context(jql, query.user(), query.zone());
        Loaded loaded = index.read(columns -> {
            boolean[] allowed = allowedProjects(columns.project(), query.user());
            // Queries that mean something else tomorrow or for another user are loaded afresh.
            Optional<LoadedTables.Key> key = jql.isContextFree()
                    ? Optional.of(new LoadedTables.Key(index.version(), projectKeys(columns.project(), allowed), jql,
                            context.users(), query.columns(), query.zone(), query.history()))
                    : Optional.empty();
            Optional<IssueTable> cached = key.flatMap(this.loaded::get);
            if (cached.isPresent()) {
                return new Loaded(cached.get(), key, null, null);
            }
            int[] rows = JqlFilter.select(jql, columns, context).and(browsable(columns, allowed)).toArray();
            IssueTable table = IndexTable.gather(columns, rows, query.columns(), query.zone(),
                    custom -> field(columns, custom));
            if (!query.wantsHistory()) {
                key.ifPresent(k -> this.loaded.put(k, table));
                return new Loaded(table, key, null, null);
            }
            String[] keys = new String[rows.length];
            long[] created = new long[rows.length];
            for (int i = 0; i < rows.length; i++) {
                keys[i] = columns.key(rows[i]);
                created[i] = columns.created().value(rows[i]);
            }
            return new Loaded(table, key, keys, created);
        });
        if (loaded.keys() == null) {
            return loaded.table();
        }
        IssueTable table = loaded.table().withHistory(ChangeTable.of(loaded.table(), query.history(),
                histories(loaded.keys(), loaded.created(), query.history())));
        loaded.key().ifPresent(k -> this.loaded.put(k, table));
        return table;
    }

    /** One history per row, in row order; a key the store holds no past of has an unknown one. */
    private List<IssueHistory> histories(String[] keys, long[] created, Set<Column> columns) {
        Set<String> fieldIds = new HashSet<>();
        columns.forEach(column -> fieldIds.add(column.id()));
        Map<String, IssueHistory> stored = histories.histories(Arrays.asList(keys), fieldIds);
        List<IssueHistory> inRowOrder = new ArrayList<>(keys.length);
        for (int i = 0; i < keys.length; i++) {
            IssueHistory history = stored.get(keys[i]);
            inRowOrder.add(history != null ? history : IssueHistory.unknown(keys[i], Instant.ofEpochMilli(created[i])));
        }
        return inRowOrder;
    }

    /** A table read under the index lock, with the keys and creation instants of its rows when history is wanted. */
    private record Loaded(IssueTable table, Optional<LoadedTables.Key> key, String[] keys, long[] created) {
    }

    @Override
    public long count(String jql, UserRef user) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = context(query, user, zone);
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
        JqlContext context = context(query, user, zone);
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

    /** The issue with {@code key} if {@code user} may browse it; an issue they may not see is as absent as none. */
    public Optional<LocalIssue> issue(String key, UserRef user) {
        return index.get(key).filter(issue -> access.isSystemAdmin(user) || access.canBrowse(user, issue.record().project()));
    }

    /** Throws the {@link InvalidInputException} (field {@code jql}) that running the query would. */
    public void validate(String jql) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = JqlContext.of(clock, zone, Optional.empty()).withUsers(users(query));
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
        return index.read(columns -> projectKeys(columns.project(), allowedProjects(columns.project(), user))
                .stream().sorted().toList());
    }

    private JqlContext context(JqlQuery query, UserRef user, ZoneId queryZone) {
        return JqlContext.of(clock, queryZone, Optional.of(user.key())).withUsers(users(query));
    }

    /** Before the index lock: a directory lookup must not hold up writers. */
    private UserValues users(JqlQuery query) {
        return UserValues.resolve(query, index.fields(), people);
    }

    private RowSet visible(JqlQuery query, IndexColumns columns, JqlContext context, UserRef user) {
        return JqlFilter.select(query, columns, context).and(browsable(columns, user));
    }

    private RowSet browsable(IndexColumns columns, UserRef user) {
        return browsable(columns, allowedProjects(columns.project(), user));
    }

    private static RowSet browsable(IndexColumns columns, boolean[] allowedProjects) {
        RowSet allowed = RowSet.none(columns.rows());
        columns.project().select(allowedProjects, columns.rows(), allowed);
        return allowed;
    }

    private static Set<String> projectKeys(IndexCodedColumn<String> projects, boolean[] allowed) {
        Set<String> keys = new HashSet<>();
        for (int code = 1; code < allowed.length; code++) {
            if (allowed[code]) {
                keys.add(projects.value(code));
            }
        }
        return keys;
    }

    /** Asks the policy once per project in use, never per issue. */
    private boolean[] allowedProjects(IndexCodedColumn<String> projects, UserRef user) {
        boolean admin = access.isSystemAdmin(user);
        return projects.codesWhere(project -> admin || access.canBrowse(user, project));
    }

    private static List<String> distinct(IndexCodedColumn<String> column, RowSet rows) {
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
