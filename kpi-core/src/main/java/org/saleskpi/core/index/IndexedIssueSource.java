package org.saleskpi.core.index;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueCatalog;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.TableMerge;
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
    /** Touched rows up to which a kept table is patched rather than loaded again (or an eighth of its rows). */
    static final int PATCHED_ROWS = 4096;
    /** Users whose last write is remembered (a writer pushed out sees others' pace: a table at most a refresh old). */
    private static final int WRITERS = 4096;

    private final IssueIndex index;
    private final VisibilityPolicy visibility;
    private final Clock clock;
    private final ZoneId zone;
    private final LoadedTables loaded;
    private final JqlPeople people;
    private final IssueHistories histories;
    private final SavedKeys saved;
    private final SingleFlight<Flight, LoadedTables.Entry> flights = new SingleFlight<>();
    private final AtomicLong gatheredRows = new AtomicLong();
    private final Supplier<ProjectZones> projectZones;
    private final int cachedTables;
    private final LongSupplier cachedBytes;
    private final Refreshes.Waits recentWait;
    private final Refreshes refreshes;
    /** The index version after each user's last write, for the users who wrote lately (read your own writes). */
    private final Map<String, Long> written = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > WRITERS;
        }
    };

    /** Without a directory: user values in queries are user keys. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone) {
        this(index, visibility, clock, zone, JqlPeople.NONE);
    }

    /** User values in queries name {@code people} by username, full name or e-mail address, as in Jira. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people) {
        this(index, visibility, clock, zone, people, IssueHistories.NONE, SavedKeys.NONE, CACHED_TABLES, () -> CACHED_BYTES,
                () -> ProjectZones.NONE, null);
    }

    /** Also attaches the recorded {@code histories} of the loaded issues when a query wants them. */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories) {
        this(index, visibility, clock, zone, people, histories, SavedKeys.NONE, CACHED_TABLES, () -> CACHED_BYTES,
                () -> ProjectZones.NONE, null);
    }

    /** Also resolves {@code saleskpiSelection("<token>")} through the host's {@code saved} key lists (ADR 0033). */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories, SavedKeys saved) {
        this(index, visibility, clock, zone, people, histories, saved, CACHED_TABLES, () -> CACHED_BYTES,
                () -> ProjectZones.NONE, null);
    }

    /** With room for {@code cachedTables} loaded tables of at most {@code cachedBytes} together (0 keeps none). */
    public IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, int cachedTables,
            long cachedBytes) {
        this(index, visibility, clock, zone, JqlPeople.NONE, IssueHistories.NONE, SavedKeys.NONE, cachedTables,
                () -> cachedBytes, () -> ProjectZones.NONE, null);
    }

    private IndexedIssueSource(IssueIndex index, VisibilityPolicy visibility, Clock clock, ZoneId zone, JqlPeople people,
            IssueHistories histories, SavedKeys saved, int cachedTables, LongSupplier cachedBytes,
            Supplier<ProjectZones> projectZones, Refreshes.Waits recentWait) {
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
        this.recentWait = recentWait;
        this.refreshes = recentWait == null ? null : new Refreshes(recentWait);
        this.loaded = new LoadedTables(cachedTables, cachedBytes.getAsLong(), refreshes);
    }

    /**
     * This source keeping up to {@code tables} loaded tables within {@code bytes} instead of the default (a host
     * whose index is large gives its tables room in proportion, so a dashboard's tables stay loaded).
     */
    public IndexedIssueSource keepingTables(int tables, long bytes) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, tables, () -> bytes,
                projectZones, recentWait);
    }

    /**
     * This source keeping up to {@code tables} loaded tables within the room {@code bytes} gives each time a table is
     * kept: a server whose index grows with imports gives its tables room that grows with it ({@link #roomFor}).
     */
    public IndexedIssueSource keepingTables(int tables, LongSupplier bytes) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, tables, bytes,
                projectZones, recentWait);
    }

    /**
     * This source answering, after a write, from a kept table or result of the state before it while one background
     * thread brings that table or result to the current state: a request waits up to {@code wait} for the refresh,
     * then answers from the older state, never older than the asking user's own last write ({@link #wrote}). Without
     * it every request after a write computes on the current state in its own thread (ADR 0050).
     */
    public IndexedIssueSource answeringRecentWhileRefreshing(Duration wait) {
        return answeringRecentWhileRefreshing(wait, () -> false);
    }

    /**
     * As {@link #answeringRecentWhileRefreshing(Duration)}, except that a request does not wait for a refresh while
     * {@code othersQueued} says other requests wait for the computation slot it holds: it answers from the older
     * state at once instead of holding the slot doing nothing (ADR 0054).
     */
    public IndexedIssueSource answeringRecentWhileRefreshing(Duration wait, BooleanSupplier othersQueued) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, cachedTables,
                cachedBytes, projectZones, new Refreshes.Waits(Objects.requireNonNull(wait, "wait"),
                        Objects.requireNonNull(othersQueued, "othersQueued")));
    }

    /**
     * Tells that {@code user} wrote and the index holds the write: their next loads answer from this state or a
     * later one.
     */
    public void wrote(UserRef user) {
        long version = index.version();
        synchronized (written) {
            written.merge(user.key(), version, Math::max);
        }
    }

    /**
     * Keeps the refreshes of {@link #answeringRecentWhileRefreshing} from starting until the answer is closed, by the
     * calling thread, once those under way have ended: what a refresh stuck behind slow ones does to others' answers,
     * for tests that hold a refresh as the load would.
     *
     * @throws IllegalStateException when this source computes every request on the current state
     */
    public AutoCloseable holdingRefreshes() {
        if (refreshes == null) {
            throw new IllegalStateException("this source does not answer from a recent state");
        }
        return refreshes.hold();
    }

    private long floor(UserRef user) {
        if (refreshes == null || user == null) {
            return 0;
        }
        synchronized (written) {
            return written.getOrDefault(user.key(), 0L);
        }
    }

    /**
     * Room for the loaded tables of a dashboard over {@code index}: three times the index's arrays (a whole-project
     * table and the history tables of the pipeline gadgets each take about as much as the index's columns they
     * copy, ADR 0050), at least {@link #CACHED_BYTES} and at most a quarter of {@code maxHeap}.
     */
    public static long roomFor(IssueIndex index, long maxHeap) {
        return Math.min(Math.max(CACHED_BYTES, 3 * index.arrayBytes()), Math.max(CACHED_BYTES, maxHeap / 4));
    }

    /**
     * This source reading the dates of some projects' issues in another zone than the query's (a standalone server's
     * issues copied from a Jira site, in the site's zone), as {@code zones} tells before each query; the zones are
     * part of each loaded table's key.
     */
    public IndexedIssueSource readingDatesIn(Supplier<ProjectZones> zones) {
        return new IndexedIssueSource(index, visibility, clock, zone, people, histories, saved, cachedTables,
                cachedBytes, zones, recentWait);
    }

    /**
     * The table of the query's issues; when the query wants history, with a {@link ChangeTable} of the
     * recorded changes of its history columns (an issue whose past the store does not know, such as
     * one a Jira CSV export created, has an unknown history). An index that holds its rows' changes
     * (a Jira node's cache, the standalone server's index) gives them with the rows; otherwise they are read
     * from the host's store after the index lock is released: a write landing in between may show in them before the
     * table, which, of an older version by then, the next load gathers again.
     */
    @Override
    public IssueTable load(IssueQuery query) {
        return load(query, JqlParser.parse(query.jql()));
    }

    /**
     * {@link #load(IssueQuery)} with the query's JQL already parsed, for a caller that read the tree first. A table
     * kept from an earlier index version is patched from the rows the writes since touched; identical loads that
     * arrive while one is under way wait for it rather than gathering their own copy (ADR 0040).
     */
    public IssueTable load(IssueQuery query, JqlQuery jql) {
        JqlContext context = context(jql, query.user(), query.zone());
        Visibility sees = visibility(query.user());
        // Queries that mean something else tomorrow or for another user are loaded afresh. A WAS clause's past the
        // host's store answered was read before the lock, so its table may be older than this version: not kept (the
        // index's change log answers under the lock, of the rows' own state, so that table is kept and patched).
        if (!jql.isContextFree() || jql.readsHistory() && context.past().recorded()) {
            return withHistory(index.read(columns -> gather(columns,
                    select(jql, columns, context).and(visible(columns, sees)), query.columns(), query)),
                    query).table();
        }
        LoadedTables.Scope scope = scope(sees, jql, context, query);
        long floor = floor(query.user());
        Optional<LoadedTables.Entry> recent = recent(scope, query, floor, () -> loadNow(scope, query, jql, context,
                sees));
        if (recent.isPresent()) {
            return loaded.table(scope, recent.get(), query.columns(), floor);
        }
        while (true) {
            LoadedTables.Entry entry = loadNow(scope, query, jql, context, sees);
            if (entry.table().columns().containsAll(query.columns())) {
                return loaded.table(scope, entry, query.columns(), floor);
            }
            // It joined a load of other columns of the same issues: now it gathers only the columns it lacks.
        }
    }

    /**
     * The scope's table at the index's version now, kept for the next loads. The kept table when it is that already:
     * taken as it is, without the index lock, a single flight or keeping it again (which would ask the host its room).
     */
    private LoadedTables.Entry loadNow(LoadedTables.Scope scope, IssueQuery query, JqlQuery jql, JqlContext context,
            Visibility sees) {
        long version = index.version();
        Optional<LoadedTables.Entry> held = loaded.get(scope);
        if (held.isPresent() && held.get().version() == version
                && held.get().table().columns().containsAll(query.columns())) {
            return held.get();
        }
        // A load joins one under way only for the state it would read itself: the version it sees before the lock.
        return flights.run(new Flight(scope, version), () -> {
            LoadedTables.Entry current = withHistory(index.read(columns -> current(columns, scope, query, jql,
                    context, sees)), query);
            if (!loaded.holds(scope, current)) {
                loaded.put(scope, current, cachedBytes.getAsLong());
            }
            return current;
        });
    }

    /**
     * With recent answers: the kept table of the scope when writes moved the index past it, it has the query's
     * columns and it is no older than the user's own last write, after waiting a little for its refresh in the
     * background (the refreshed one when that ended in time). Empty when the load must run in this thread.
     */
    private Optional<LoadedTables.Entry> recent(LoadedTables.Scope scope, IssueQuery query, long floor,
            Runnable refresh) {
        if (refreshes == null) {
            return Optional.empty();
        }
        Optional<LoadedTables.Entry> held = loaded.get(scope);
        if (held.isEmpty() || held.get().version() >= index.version() || held.get().version() < floor
                || !held.get().table().columns().containsAll(query.columns())) {
            return Optional.empty();
        }
        if (refreshes.await(scope, true, refresh) == Refreshes.Ended.FAILED) {
            return Optional.empty();
        }
        LoadedTables.Entry before = held.get();
        return Optional.of(loaded.get(scope)
                .filter(now -> now.version() > before.version() && now.table().columns().containsAll(query.columns()))
                .orElse(before));
    }

    /** Loads of the same scope from the same index version: one gathers, the others wait for it. */
    private record Flight(LoadedTables.Scope scope, long version) {
    }

    private static LoadedTables.Scope scope(Visibility sees, JqlQuery jql, JqlContext context, IssueQuery query) {
        return new LoadedTables.Scope(sees, jql, context.users(), query.zone(), query.history(),
                query.wantsHistory() ? query.columns() : Set.of(), context.projectZones());
    }

    /**
     * The scope's table at the index's version with at least the query's columns, under the index lock: the kept
     * table itself, or patched from it, or with the columns it lacks gathered for its rows, or gathered afresh.
     */
    private Loaded current(IndexColumns columns, LoadedTables.Scope scope, IssueQuery query, JqlQuery jql,
            JqlContext context, Visibility sees) {
        long now = index.version();
        Optional<LoadedTables.Entry> held = loaded.get(scope);
        Set<Column> gathered = new HashSet<>(query.columns());
        if (held.isPresent()) {
            LoadedTables.Entry entry = held.get();
            if (entry.version() == now && entry.table().columns().containsAll(query.columns())) {
                return new Loaded(entry, null, null);
            }
            // A table with history is patched when the index holds the changes, which it slices again for the rows.
            if (scope.history().isEmpty() || logHolds(columns, scope.history())) {
                Optional<LoadedTables.Entry> patched = entry.version() == now ? held
                        : patch(columns, entry, now, jql, context, sees, scope);
                if (patched.isPresent()) {
                    return new Loaded(withColumns(columns, patched.get(), query.columns(), scope.zone()), null, null);
                }
                // Loaded again: with every column the scope's loads asked for, as the kept table had.
                gathered.addAll(entry.table().columns());
            }
        }
        return gather(columns, select(jql, columns, context).and(visible(columns, sees)), gathered, query);
    }

    /**
     * The kept table brought from its version to {@code now}: its rows the writes since did not touch stay as they
     * are (a row's match depends on its own cells alone), the touched rows are matched again and the matching ones
     * gathered, and a new table is made of both in index order, as a load from scratch would order them; a table with
     * history gets the new rows' changes sliced from the index's log, as a fresh load slices them. Empty when the log
     * no longer reaches the table's version, or so many rows changed that a fresh load costs less.
     */
    private Optional<LoadedTables.Entry> patch(IndexColumns columns, LoadedTables.Entry entry, long now, JqlQuery jql,
            JqlContext context, Visibility sees, LoadedTables.Scope scope) {
        Optional<Set<String>> touched = index.touchedSince(entry.version());
        if (touched.isEmpty() || entry.rows() == null) {
            return Optional.empty();
        }
        ZoneId zone = scope.zone();
        boolean history = !scope.history().isEmpty();
        // As in a fresh load with history, the tracked columns keep the index's codes, in which the changes are coded.
        Set<Column> hostCoded = history ? columns.changes().orElseThrow().tracked() : Set.of();
        int[] old = entry.rows();
        int[] touchedRows = touched.get().stream().mapToInt(columns::row).filter(row -> row >= 0).sorted().toArray();
        if (touchedRows.length > Math.max(PATCHED_ROWS, old.length / 8)) {
            return Optional.empty();
        }
        // The errors the query would raise on this state (a user value no issue holds any more) are raised as a
        // fresh load would raise them.
        JqlContext state = withPastIn(columns, jql, context);
        JqlFilter.check(jql, columns, state);
        RowSet matching = JqlFilter.select(jql, columns, state);
        VisibleRows visible = new VisibleRows(columns, sees);
        int[] added = Arrays.stream(touchedRows).filter(row -> matching.contains(row) && visible.test(row)).toArray();
        // A kept row is stale when a touched key now holds it, or the index shrank below it.
        boolean[] stale = new boolean[old.length];
        for (int row : touchedRows) {
            int position = Arrays.binarySearch(old, row);
            if (position >= 0) {
                stale[position] = true;
            }
        }
        for (int position = old.length - 1; position >= 0 && old[position] >= columns.rows(); position--) {
            stale[position] = true;
        }
        int staleRows = 0;
        for (boolean gone : stale) {
            staleRows += gone ? 1 : 0;
        }
        int[] kept = new int[old.length - staleRows];
        for (int position = 0, k = 0; position < old.length; position++) {
            if (!stale[position]) {
                kept[k++] = position;
            }
        }
        int[] rows = new int[kept.length + added.length];
        boolean[] fromAdded = new boolean[rows.length];
        for (int row = 0, k = 0, a = 0; row < rows.length; row++) {
            fromAdded[row] = k == kept.length || a < added.length && added[a] < old[kept[k]];
            rows[row] = fromAdded[row] ? added[a++] : old[kept[k++]];
        }
        gatheredRows.addAndGet(added.length);
        IssueTable addedTable = IndexTable.gather(columns, added, entry.table().columns(), zone,
                custom -> field(columns, custom), hostCoded);
        IssueTable merged;
        try {
            merged = TableMerge.merge(entry.table(), kept, addedTable, fromAdded, hostCoded);
        } catch (ArithmeticException numbersTooWideToMerge) {
            return Optional.empty();
        }
        if (history) {
            // The kept rows' changes come from the kept table, the gathered rows' from the log (ADR 0049).
            merged = merged.withHistory(columns.changes().get().patched(entry.table().history().orElseThrow(), kept,
                    fromAdded, merged, rows, scope.history()));
        }
        return Optional.of(new LoadedTables.Entry(now, rows, merged));
    }

    /** The entry with the columns of {@code wanted} it lacks gathered for its rows. */
    private LoadedTables.Entry withColumns(IndexColumns columns, LoadedTables.Entry entry, Set<Column> wanted,
            ZoneId zone) {
        Set<Column> missing = new HashSet<>(wanted);
        missing.removeAll(entry.table().columns());
        if (missing.isEmpty()) {
            return entry;
        }
        gatheredRows.addAndGet(entry.rows().length);
        IssueTable more = IndexTable.gather(columns, entry.rows(), missing, zone, custom -> field(columns, custom),
                Set.of());
        return new LoadedTables.Entry(entry.version(), entry.rows(), entry.table().joined(more));
    }

    /** Loads of {@code query} waiting now for another of its scope under way (for tests that line threads up). */
    int waitingLoads(IssueQuery query) {
        JqlQuery jql = JqlParser.parse(query.jql());
        JqlContext context = context(jql, query.user(), query.zone());
        return flights.waiting(new Flight(scope(visibility(query.user()), jql, context, query), index.version()));
    }

    /** Index rows gathered into tables so far (for tests that a load reads no more rows than it must). */
    long gatheredRows() {
        return gatheredRows.get();
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
            return gather(columns, chosen.and(visible(columns, sees)), query.columns(), query);
        });
        return withHistory(loaded, query).table();
    }

    /**
     * The {@code wanted} columns of {@code selected}, under the index lock; the keys and creations too when history
     * is wanted from the host's store.
     */
    private Loaded gather(IndexColumns columns, RowSet selected, Set<Column> wanted, IssueQuery query) {
        int[] rows = selected.toArray();
        gatheredRows.addAndGet(rows.length);
        long version = index.version();
        boolean fromLog = query.wantsHistory() && logHolds(columns, query.history());
        // With the index's changes, the tracked columns keep the index's codes, in which the changes are coded.
        Set<Column> indexCodes = fromLog ? columns.changes().get().tracked() : Set.of();
        IssueTable table = IndexTable.gather(columns, rows, wanted, query.zone(), custom -> field(columns, custom),
                indexCodes);
        if (!query.wantsHistory()) {
            return new Loaded(new LoadedTables.Entry(version, rows, table), null, null);
        }
        if (fromLog) {
            // An index holding its rows' changes gives the table its slice of them under this same lock.
            return new Loaded(new LoadedTables.Entry(version, rows,
                    table.withHistory(columns.changes().get().table(table, rows, query.history()))), null, null);
        }
        String[] keys = new String[rows.length];
        long[] created = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = columns.key(rows[i]);
            created[i] = columns.created().value(rows[i]);
        }
        return new Loaded(new LoadedTables.Entry(version, null, table), keys, created);
    }

    /**
     * Whether a query's history is sliced from the index's change log rather than read from the host's store: the
     * index holds one, and it tracks every {@code wanted} column or the host has no store of changes (a column the
     * log does not track then has none). A field a server's log cannot track, past the number of columns a change
     * can name, is read from the store.
     */
    private boolean logHolds(IndexColumns columns, Set<Column> wanted) {
        return columns.changes().map(log -> histories == IssueHistories.NONE || log.tracked().containsAll(wanted))
                .orElse(false);
    }

    /**
     * The loaded table with the changes of its history columns when the query wants them from the host's store (an
     * issue whose past the host does not know, such as one a Jira CSV export created, has an unknown history). The
     * changes are read after the index lock is released: a write landing in between may show in them before the
     * table, and the table, of an older version by then, is loaded again by the next load.
     */
    private LoadedTables.Entry withHistory(Loaded loaded, IssueQuery query) {
        if (loaded.keys() == null) {
            return loaded.entry();
        }
        IssueTable table = loaded.entry().table();
        return new LoadedTables.Entry(loaded.entry().version(), null, table.withHistory(ChangeTable.of(table,
                query.history(), histories(loaded.keys(), loaded.created(), query.history()))));
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
    private record Loaded(LoadedTables.Entry entry, String[] keys, long[] created) {
    }

    @Override
    public long count(String jql, UserRef user) {
        return count(JqlParser.parse(jql), user);
    }

    /** {@link #count(String, UserRef)} with the JQL already parsed. */
    public long count(JqlQuery query, UserRef user) {
        JqlContext context = context(query, user, zone);
        Visibility sees = visibility(user);
        return index.read(columns -> select(query, columns, context).and(visible(columns, sees)).count());
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
            RowSet rows = select(query, columns, context).and(visible(columns, sees));
            List<IndexedIssue> page = new ArrayList<>();
            for (int row : JqlOrder.page(query, rows, columns, startAt, maxResults, index::presorted)) {
                page.add(columns.issue(row));
            }
            return new SearchPage(rows.count(), page);
        });
    }

    /**
     * The sums of the number fields (amounts, costs...) over every issue matching {@code jql} that {@code user}
     * may see, not only one page: what the drill-down list totals its amount columns with. Fields no matching
     * issue has are absent.
     */
    public Map<String, BigDecimal> totals(String jql, UserRef user) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = context(query, user, zone);
        Visibility sees = visibility(user);
        return index.read(columns -> {
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            select(query, columns, context).and(visible(columns, sees)).forEach(row ->
                    columns.issue(row).record().fields().forEach((id, value) -> {
                        if (value instanceof FieldValue.NumberValue number) {
                            sums.merge(id, number.value(), BigDecimal::add);
                        }
                    }));
            return sums;
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
            JqlFilter.check(query, columns, withPastIn(columns, query, context));
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

    /**
     * Before the index lock too: the history of a WAS clause's values is read from the host's store, unless the
     * index's change log tracks every field the query's WAS clauses name; then it answers them under the lock the
     * rows are read under ({@link #withPastIn}), without asking the store.
     */
    private JqlContext past(JqlQuery query, JqlContext context) {
        if (!query.readsHistory() || index.read(columns -> logAnswers(columns, query))) {
            return context;
        }
        // The host's recorded changes, else those the index holds beside its rows (a field it does not track is
        // refused as on a host without history).
        return context.withPast(PastValues.resolve(query, index.fields(), context,
                histories.values().or(index::valueHistory)));
    }

    /** The query's rows, under the index lock, its WAS clauses answered from the same state when the index does. */
    private static RowSet select(JqlQuery query, IndexColumns columns, JqlContext context) {
        return JqlFilter.select(query, columns, withPastIn(columns, query, context));
    }

    /**
     * The context with the query's WAS clauses answered by the index's change log, under the index lock, when
     * {@link #past} left them to it: of the state the rows are read in, so a table with such a clause is kept and
     * patched like any other (an issue's match depends on its own cells and changes, which a write touches together).
     */
    private static JqlContext withPastIn(IndexColumns columns, JqlQuery query, JqlContext context) {
        if (context.past().recorded() || !logAnswers(columns, query)) {
            return context;
        }
        return context.withPast(PastValues.resolve(query, columns.fields(), context,
                Optional.of(IssueIndex.valueHistory(columns))));
    }

    /** Whether the index's change log answers the query's WAS clauses: it tracks every field they name. */
    private static boolean logAnswers(IndexColumns columns, JqlQuery query) {
        return query.readsHistory() && columns.changes()
                .map(log -> PastValues.fieldIds(query).stream().allMatch(log::tracks)).orElse(false);
    }

    /** Before the index lock: a directory lookup must not hold up writers. */
    private UserValues users(JqlQuery query) {
        return UserValues.resolve(query, index.fields(), people);
    }

    /** Asked before the index lock too, and only about the projects some issue is in. */
    private Visibility visibility(UserRef user) {
        return visibility.of(user, index.projects());
    }

    /** The rows {@code sees} allows ({@link VisibleRows}). */
    private static RowSet visible(IndexColumns columns, Visibility sees) {
        return new VisibleRows(columns, sees).all();
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
