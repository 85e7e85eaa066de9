package org.saleskpi.core.index;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeLog;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlContext;
import org.saleskpi.core.jql.JqlFilter;
import org.saleskpi.core.jql.JqlOrder;
import org.saleskpi.core.jql.JqlParser;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.jql.JqlQuery;
import org.saleskpi.core.jql.PastValues;
import org.saleskpi.core.jql.ProjectZones;
import org.saleskpi.core.jql.SavedKeys;
import org.saleskpi.core.jql.SavedSelections;
import org.saleskpi.core.jql.UserValues;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * {@link IssueSource} and {@link IssueCatalog} over an {@link IssueIndex}: the JQL subset evaluated on the
 * columns, as the asking user, never beyond the rows their {@link Visibility} allows (browsable projects, then
 * issue security levels). The standalone server reads its store's index through it, a Jira node its cache.
 * {@code count} and {@code search}, which get no zone, count days in the server's zone, except for the
 * projects whose issues' dates are read in another zone ({@link #readingDatesIn}). The
 * people a query's user values name are looked up in {@link JqlPeople} once per query, outside
 * the index lock.
 */
public final class IndexedIssueSource implements IssueSource, IssueCatalog {
    /** Loaded tables kept for reuse by default: a dashboard's worth, within 128 MiB. */
    public static final int CACHED_TABLES = 16;
    public static final long CACHED_BYTES = 128L << 20;

    private final IssueIndex index;
    private final VisibilityPolicy visibility;
    private final Clock clock;
    private final ZoneId zone;
    private final LoadedTables loaded;
    private final JqlPeople people;
    private final IssueHistories histories;
    private final SavedKeys saved;
    private final Supplier<ProjectZones> projectZones;
    private final int cachedTables;
    private final long cachedBytes;

    /** Without a directory: user values in queries are user keys. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone) {
        this(index, visibility, clock, zone, JqlPeople.NONE);
    }

    /** User values in queries name {@code people} by username, full name or e-mail address, as in Jira. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people) {
        this(index, visibility, clock, zone, people, IssueHistories.NONE, SavedKeys.NONE, CACHED_TABLES, CACHED_BYTES,
                () -> ProjectZones.NONE);
    }

    /** Also attaches the recorded {@code histories} of the loaded issues when a query wants them. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories) {
        this(index, visibility, clock, zone, people, histories, SavedKeys.NONE, CACHED_TABLES, CACHED_BYTES,
                () -> ProjectZones.NONE);
    }

    /** Also resolves {@code saleskpiSelection("<token>")} through the host's {@code saved} key lists (ADR 0033). */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories, SavedKeys saved) {
        this(index, visibility, clock, zone, people, histories, saved, CACHED_TABLES, CACHED_BYTES,
                () -> ProjectZones.NONE);
    }

    /** With room for {@code cachedTables} loaded tables of at most {@code cachedBytes} together (0 keeps none). */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, int cachedTables,
            long cachedBytes) {
        this(index, visibility, clock, zone, JqlPeople.NONE, IssueHistories.NONE, SavedKeys.NONE, cachedTables,
                cachedBytes, () -> ProjectZones.NONE);
    }

    private IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories, SavedKeys saved, int cachedTables, long cachedBytes,
            Supplier<ProjectZones> projectZones) {
        this.index = index;
        this.visibility = visibility;
        this.clock = clock;
        this.zone = zone;
        this.people = people;
        this.histories = histories;
        this.saved = saved;
        this.projectZones = projectZones;
        this.cachedTables = cachedTables;
        this.cachedBytes = cachedBytes;
        this.loaded = new LoadedTables(cachedTables, cachedBytes);
    }

    /**
     * This source keeping up to {@code tables} loaded tables within {@code bytes} instead of the default (a host
     * whose index is large gives its tables room in proportion, so a dashboard's tables stay loaded).
     */
    public IndexedIssueSource keepingTables(int tables, long bytes) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, tables, bytes,
                projectZones);
    }

    /**
     * This source reading the dates of some projects' issues in another zone than the query's (a standalone server's
     * issues copied from a Jira site, in the site's zone), as {@code zones} tells before each query; the zones are
     * part of each loaded table's key.
     */
    public IndexedIssueSource readingDatesIn(Supplier<ProjectZones> zones) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, cachedTables,
                cachedBytes, zones);
    }

    /**
     * The table of the query's issues; when the query wants history, with a {@link ChangeTable} of the
     * recorded changes of its history columns (an issue whose past the store does not know, such as
     * one a Jira CSV export created, has an unknown history). An index that holds its rows' changes
     * (a Jira node's cache) gives them with the rows; otherwise they are read from the host's store
     * after the index lock is released: a write landing in between may show in them before the
     * table, and its new index version retires the table from the cache at once.
     */
    @Override
    public IssueTable load(IssueQuery query) {
        return load(query, JqlParser.parse(query.jql()));
    }

    /** {@link #load(IssueQuery)} with the query's JQL already parsed, for a caller that read the tree first. */
    public IssueTable load(IssueQuery query, JqlQuery jql) {
        JqlContext context = context(jql, query.user(), query.zone());
        Visibility sees = visibility(query.user());
        Loaded loaded = index.read(columns -> {
            // Queries that mean something else tomorrow or for another user are loaded afresh.
            // A WAS clause's past was read before the lock, so its table may be older than this version: not kept.
            Optional<LoadedTables.Key> key = jql.isContextFree() && !jql.readsHistory()
                    ? Optional.of(new LoadedTables.Key(index.version(), sees, jql, context.users(), query.columns(),
                            query.zone(), query.history(), context.projectZones()))
                    : Optional.empty();
            Optional<IssueTable> cached = key.flatMap(this.loaded::get);
            if (cached.isPresent()) {
                return new Loaded(cached.get(), key, null, null);
            }
            return gather(columns, JqlFilter.select(jql, columns, context).and(visible(columns, sees)), query, key);
        });
        return withHistory(loaded, query);
    }

    /**
     * The table of exactly the issues with these keys that the index holds and the query's user may see, in key
     * order; the query's JQL is not evaluated (another search chose the keys) and nothing is cached.
     */
    public IssueTable loadKeys(IssueQuery query, Collection<String> keys) {
        Visibility sees = visibility(query.user());
        Loaded loaded = index.read(columns -> {
            RowSet chosen = RowSet.none(columns.rows());
            for (String key : keys) {
                int row = columns.row(key);
                if (row >= 0) {
                    chosen.add(row);
                }
            }
            return gather(columns, chosen.and(visible(columns, sees)), query, Optional.empty());
        });
        return withHistory(loaded, query);
    }

    /** The asked columns of {@code selected}, under the index lock; the keys and creations too when history is wanted. */
    private Loaded gather(IndexColumns columns, RowSet selected, IssueQuery query, Optional<LoadedTables.Key> key) {
        int[] rows = selected.toArray();
        // With the index's changes, the tracked columns keep the index's codes, in which the changes are coded.
        Set<Column> indexCodes = query.wantsHistory()
                ? columns.changes().map(ChangeLog::tracked).orElse(Set.of())
                : Set.of();
        IssueTable table = IndexTable.gather(columns, rows, query.columns(), query.zone(),
                custom -> field(columns, custom), indexCodes);
        if (!query.wantsHistory() || columns.changes().isPresent()) {
            // An index holding its rows' changes gives the table its slice of them under this same lock.
            IssueTable withChanges = query.wantsHistory()
                    ? table.withHistory(columns.changes().get().table(table, rows, query.history()))
                    : table;
            IssueTable loadedTable = key.map(k -> this.loaded.keep(k, withChanges)).orElse(withChanges);
            return new Loaded(loadedTable, key, null, null);
        }
        String[] keys = new String[rows.length];
        long[] created = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = columns.key(rows[i]);
            created[i] = columns.created().value(rows[i]);
        }
        return new Loaded(table, key, keys, created);
    }

    /**
     * The loaded table with the changes of its history columns when the query wants them (an issue whose past the
     * host does not know, such as one a Jira CSV export created, has an unknown history). The changes are read
     * after the index lock is released: a write landing in between may show in them before the table, and its new
     * index version retires the table from the cache at once.
     */
    private IssueTable withHistory(Loaded loaded, IssueQuery query) {
        if (loaded.keys() == null) {
            return loaded.table();
        }
        IssueTable table = loaded.table().withHistory(ChangeTable.of(loaded.table(), query.history(),
                histories(loaded.keys(), loaded.created(), query.history())));
        return loaded.key().map(k -> this.loaded.keep(k, table)).orElse(table);
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
        return count(JqlParser.parse(jql), user);
    }

    /** {@link #count(String, UserRef)} with the JQL already parsed. */
    public long count(JqlQuery query, UserRef user) {
        JqlContext context = context(query, user, zone);
        Visibility sees = visibility(user);
        return index.read(columns -> JqlFilter.select(query, columns, context).and(visible(columns, sees)).count());
    }

    /** A page of the issues matching {@code jql} that {@code user} may see, in the query's order. */
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
        Visibility sees = visibility(user);
        return index.read(columns -> {
            RowSet rows = JqlFilter.select(query, columns, context).and(visible(columns, sees));
            int[] ordered = JqlOrder.sort(query, rows, columns);
            List<IndexedIssue> page = new ArrayList<>();
            for (int i = startAt; i < ordered.length && page.size() < maxResults; i++) {
                page.add(columns.issue(ordered[i]));
            }
            return new SearchPage(ordered.length, page);
        });
    }

    /** The issue with {@code key} if {@code user} may see it; an issue they may not see is as absent as none. */
    public Optional<IndexedIssue> issue(String key, UserRef user) {
        return index.get(key).filter(issue -> visibility(user).sees(issue.key(), issue.record().project(),
                issue.securityLevel().orElse(null)));
    }

    /** Throws the {@link InvalidInputException} (field {@code jql}) that running the query would. */
    public void validate(String jql) {
        JqlQuery query = JqlParser.parse(jql);
        // Without a user no saved selection is anyone's: checking asks only that each call is well formed.
        JqlContext context = past(query, JqlContext.of(clock, zone, Optional.empty()).withUsers(users(query)))
                .withSaved(SavedSelections.resolve(query, SavedKeys.SHAPE_ONLY, Optional.empty()))
                .withProjectZones(projectZones.get());
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
        Visibility sees = visibility(user);
        return index.read(columns -> distinct(columns.status(), visible(columns, sees)));
    }

    @Override
    public List<String> issueTypes(UserRef user) {
        Visibility sees = visibility(user);
        return index.read(columns -> distinct(columns.issueType(), visible(columns, sees)));
    }

    /** The projects some issue the user may see is in. */
    @Override
    public List<String> projects(UserRef user) {
        Visibility sees = visibility(user);
        return index.read(columns -> distinct(columns.project(), visible(columns, sees)));
    }

    private JqlContext context(JqlQuery query, UserRef user, ZoneId queryZone) {
        return past(query, JqlContext.of(clock, queryZone, Optional.of(user.key())).withUsers(users(query)))
                .withSaved(SavedSelections.resolve(query, saved, Optional.of(user.key())))
                .withProjectZones(projectZones.get());
    }

    /** Before the index lock too: the history of a WAS clause's values is read from the host's store. */
    private JqlContext past(JqlQuery query, JqlContext context) {
        if (!query.readsHistory()) {
            return context;
        }
        // The host's recorded changes, else those the index holds beside its rows (a Jira node's cache).
        return context.withPast(PastValues.resolve(query, index.fields(), context,
                histories.values().or(index::valueHistory)));
    }

    /** Before the index lock: a directory lookup must not hold up writers. */
    private UserValues users(JqlQuery query) {
        return UserValues.resolve(query, index.fields(), people);
    }

    /** Asked before the index lock too, and only about the projects some issue is in. */
    private Visibility visibility(UserRef user) {
        return visibility.of(user, index.projects());
    }

    /**
     * The rows {@code sees} allows: a browsable project, then no security level or one the user is in, over all
     * projects or in that row's project ({@link Visibility#projectLevels}), then in a project limited by key one of
     * its listed keys ({@link Visibility#allowedKeys}).
     */
    private static RowSet visible(IndexColumns columns, Visibility sees) {
        int rows = columns.rows();
        RowSet allowed = RowSet.none(rows);
        IndexCodedColumn<String> projects = columns.project();
        projects.select(projects.codesWhere(sees.projects()::contains), rows, allowed);
        // The levels each project code may show, looked up once per code rather than per row.
        List<Set<Long>> levelsByCode = new ArrayList<>(projects.cardinality());
        levelsByCode.add(Set.of());
        for (int code = 1; code < projects.cardinality(); code++) {
            levelsByCode.add(sees.projectLevels().getOrDefault(projects.value(code), Set.of()));
        }
        // Likewise the key list of each project code, null where the project is not limited by key.
        List<Set<String>> keysByCode = new ArrayList<>(projects.cardinality());
        keysByCode.add(null);
        for (int code = 1; code < projects.cardinality(); code++) {
            keysByCode.add(sees.allowedKeys().get(projects.value(code)));
        }
        IndexLongColumn levels = columns.securityLevel();
        RowSet hidden = RowSet.none(rows);
        allowed.forEach(row -> {
            long level = levels.value(row);
            Set<String> keys = keysByCode.get(projects.code(row));
            if (level != IndexLongColumn.NONE && !sees.securityLevels().contains(level)
                    && !levelsByCode.get(projects.code(row)).contains(level)
                    || keys != null && !keys.contains(columns.key(row))) {
                hidden.add(row);
            }
        });
        return allowed.and(hidden.not());
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
