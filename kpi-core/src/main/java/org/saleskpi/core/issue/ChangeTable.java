package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * The changes of the tracked columns of an {@link IssueTable}'s rows (KPI-DEFINITIONS.md, "Issue
 * history and the pipeline KPIs"), columnar like the table: per change an int of seconds since
 * {@link #baseSecond()}, a byte naming the column and two int codes (from, to), 13 bytes in all;
 * each row's changes sit together in time order at {@code [start(row), end(row))}. Codes are those
 * of the table's columns, extended: a coded column's dictionary starts with the table's and adds the
 * values only history holds; a number is a code into the column's dictionary of distinct numbers; a
 * date is its epoch day. See docs/adr/0026-change-table-and-as-of.md. Immutable once built.
 */
public final class ChangeTable {
    /** The code of an empty side of a coded or number column ({@link DateColumn#NONE} for dates). */
    public static final int EMPTY = CodeColumn.EMPTY;
    /** The left second of a visit that has not ended. */
    public static final long OPEN = Long.MAX_VALUE;

    private final IssueTable source;
    private final List<Column> tracked;
    private final Map<Column, Integer> trackedIndex;
    private final long base;
    private final int[] created;
    private final BitSet known;
    /** Per row, where its changes start and end in the change arrays (a sliced table's rows need not be adjacent). */
    private final int[] starts;
    private final int[] ends;
    private final long changeCount;
    /** Whether the change arrays are a {@link ChangeLog}'s, shared with other tables (see {@link #changeBytes}). */
    private final boolean shared;
    private final int[] at;
    private final byte[] field;
    private final int[] from;
    private final int[] to;
    private final Map<Column, String[]> dictionaries;
    private final Map<Column, Map<String, Integer>> dictionaryIndex;
    private final Map<Column, NumberDictionary> numbers;
    /** The last epoch second this table reveals: an as-of table's history ends at its instant. */
    private final long limit;

    private ChangeTable(Builder b) {
        this.limit = Long.MAX_VALUE;
        this.source = b.table;
        this.tracked = List.copyOf(b.tracked);
        this.trackedIndex = Map.copyOf(b.trackedIndex);
        this.base = b.base;
        this.created = b.created;
        this.known = b.known;
        this.starts = Arrays.copyOf(b.offsets, b.rows);
        this.ends = Arrays.copyOfRange(b.offsets, 1, b.rows + 1);
        this.changeCount = b.count;
        this.shared = false;
        int n = b.count;
        this.at = Arrays.copyOf(b.at, n);
        this.field = Arrays.copyOf(b.field, n);
        this.from = Arrays.copyOf(b.from, n);
        this.to = Arrays.copyOf(b.to, n);
        Map<Column, String[]> dicts = new HashMap<>();
        Map<Column, Map<String, Integer>> index = new HashMap<>();
        b.codes.forEach((column, d) -> {
            dicts.put(column, d.values.toArray(String[]::new));
            index.put(column, Map.copyOf(d.index));
        });
        this.dictionaries = Map.copyOf(dicts);
        this.dictionaryIndex = Map.copyOf(index);
        Map<Column, NumberDictionary> nums = new HashMap<>();
        b.numbers.forEach((column, d) -> nums.put(column, d.build()));
        this.numbers = Map.copyOf(nums);
    }

    /**
     * A table over some slots of a {@link ChangeLog}: the log's change arrays ({@code shared}; no later write to the
     * log changes a cell this table reads) or a copy of some of their changes, and this table's own per-row arrays.
     */
    ChangeTable(IssueTable source, List<Column> tracked, long base, SliceRows rows, SharedChanges changes,
            Codes codes, boolean shared) {
        this.limit = Long.MAX_VALUE;
        this.source = source;
        this.tracked = List.copyOf(tracked);
        Map<Column, Integer> index = new HashMap<>();
        for (int f = 0; f < tracked.size(); f++) {
            index.put(tracked.get(f), f);
        }
        this.trackedIndex = Map.copyOf(index);
        this.base = base;
        this.created = rows.created();
        this.known = rows.known();
        this.starts = rows.starts();
        this.ends = rows.ends();
        this.changeCount = rows.changeCount();
        this.shared = shared;
        this.at = changes.at();
        this.field = changes.field();
        this.from = changes.from();
        this.to = changes.to();
        this.dictionaries = codes.dictionaries();
        this.dictionaryIndex = codes.dictionaryIndex();
        this.numbers = codes.numbers();
    }

    /** The per-row arrays of a sliced table, one entry per row of its issue table. */
    record SliceRows(int[] created, BitSet known, int[] starts, int[] ends, long changeCount) {
    }

    /** A change log's per-change arrays, as they were when a table was sliced from it. */
    record SharedChanges(int[] at, byte[] field, int[] from, int[] to) {
    }

    /** The dictionaries a sliced table reads its codes through. */
    record Codes(Map<Column, String[]> dictionaries, Map<Column, Map<String, Integer>> dictionaryIndex,
            Map<Column, NumberDictionary> numbers) {
    }

    /**
     * The history of {@code table}, whose rows are this table's rows at {@code kept} (ascending) and the rows of
     * {@code added} interleaved as {@code fromAdded} says (as {@link TableMerge} merged their issue tables), in new
     * arrays of its own laid out in row order: the kept rows' changes copied in runs, a stale row between two kept ones
     * ending a run, and each added row's spliced in at its place. Both histories hold their own copies of the same
     * {@code tracked} columns' changes in the same codes; {@code codes} are the later ones, which extend this table's.
     */
    ChangeTable merged(IssueTable table, int[] kept, SliceRows added, SharedChanges addedChanges,
            boolean[] fromAdded, Codes codes) {
        int n = fromAdded.length;
        long count = added.changeCount();
        for (int k : kept) {
            count += ends[k] - starts[k];
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(count + " changes are more than one table holds");
        }
        int[] newAt = new int[(int) count];
        byte[] newField = new byte[newAt.length];
        int[] newFrom = new int[newAt.length];
        int[] newTo = new int[newAt.length];
        int[] newCreated = new int[n];
        int[] newStarts = new int[n];
        int[] newEnds = new int[n];
        BitSet newKnown = new BitSet(n);
        int next = 0;
        // The pending run of kept rows' changes: [runFrom, runTo) here, going to runAt on (none yet: -1).
        int runFrom = -1;
        int runTo = -1;
        int runAt = 0;
        for (int row = 0, k = 0, a = 0; row < n; row++) {
            if (fromAdded[row]) {
                int s = added.starts()[a];
                int length = added.ends()[a] - s;
                System.arraycopy(addedChanges.at(), s, newAt, next, length);
                System.arraycopy(addedChanges.field(), s, newField, next, length);
                System.arraycopy(addedChanges.from(), s, newFrom, next, length);
                System.arraycopy(addedChanges.to(), s, newTo, next, length);
                newCreated[row] = added.created()[a];
                newKnown.set(row, added.known().get(a));
                newStarts[row] = next;
                next += length;
                newEnds[row] = next;
                a++;
                // The next kept row's changes go after this row's, wherever they were here.
                copy(runFrom, runTo, runAt, newAt, newField, newFrom, newTo);
                runFrom = -1;
                runTo = -1;
                continue;
            }
            int old = kept[k++];
            int s = starts[old];
            int e = ends[old];
            newCreated[row] = created[old];
            newKnown.set(row, known.get(old));
            if (s != e && s != runTo) {
                copy(runFrom, runTo, runAt, newAt, newField, newFrom, newTo);
                runFrom = s;
                runTo = s;
                runAt = next;
            }
            if (s == e) {
                newStarts[row] = next;
                newEnds[row] = next;
                continue;
            }
            newStarts[row] = runAt + (s - runFrom);
            newEnds[row] = runAt + (e - runFrom);
            runTo = e;
            next = newEnds[row];
        }
        copy(runFrom, runTo, runAt, newAt, newField, newFrom, newTo);
        if (next != newAt.length) {
            throw new IllegalStateException(next + " changes placed of " + newAt.length);
        }
        return new ChangeTable(table, tracked, base, new SliceRows(newCreated, newKnown, newStarts, newEnds, count),
                new SharedChanges(newAt, newField, newFrom, newTo), codes, false);
    }

    /** This table's changes {@code [from, to)} copied to {@code at} on in the given arrays. */
    private void copy(int from, int to, int at, int[] toAt, byte[] toField, int[] toFrom, int[] toTo) {
        int length = to - from;
        if (length == 0) {
            return;
        }
        System.arraycopy(this.at, from, toAt, at, length);
        System.arraycopy(this.field, from, toField, at, length);
        System.arraycopy(this.from, from, toFrom, at, length);
        System.arraycopy(this.to, from, toTo, at, length);
    }

    /** Whether this table holds its own copy of its changes, in the change log's codes from its base. */
    boolean ownsChangesFrom(long base, List<Column> tracked) {
        return !shared && limit == Long.MAX_VALUE && this.base == base && this.tracked.equals(tracked);
    }

    /** The same arrays, revealing only what happened up to {@code limit}. */
    private ChangeTable(ChangeTable all, long limit) {
        this.source = all.source;
        this.tracked = all.tracked;
        this.trackedIndex = all.trackedIndex;
        this.base = all.base;
        this.created = all.created;
        this.known = all.known;
        this.starts = all.starts;
        this.ends = all.ends;
        this.changeCount = all.changeCount;
        this.shared = all.shared;
        this.at = all.at;
        this.field = all.field;
        this.from = all.from;
        this.to = all.to;
        this.dictionaries = all.dictionaries;
        this.dictionaryIndex = all.dictionaryIndex;
        this.numbers = all.numbers;
        this.limit = limit;
    }

    /** Changes of the {@code tracked} columns for the rows of {@code table}, added in the table's row order. */
    public static Builder builder(IssueTable table, Set<Column> tracked) {
        return new Builder(table, tracked);
    }

    public static ChangeTable of(IssueTable table, Set<Column> tracked, Iterable<IssueHistory> histories) {
        return builder(table, tracked).addAll(histories).build();
    }

    /** The columns whose changes this table holds. */
    public Set<Column> tracked() {
        return new LinkedHashSet<>(tracked);
    }

    /** Whether changes of {@code column} were loaded. */
    public boolean tracks(Column column) {
        return trackedIndex.containsKey(column);
    }

    /** Number of rows, equal to the issue table's. */
    public int size() {
        return created.length;
    }

    /** Rows whose history the host knows (0: every history figure is absent with "no history"). */
    public int knownRows() {
        return known.cardinality();
    }

    /** Whether the host knows the history of {@code row}; an unknown row has no changes. */
    public boolean known(int row) {
        return known.get(row);
    }

    public long changeCount() {
        return changeCount;
    }

    /**
     * Bytes this table holds of its own for its changes: the four per-change arrays plus the per-row
     * starts and ends into them (what the issue's budget of 16 bytes per change counts; created seconds
     * are per row, see {@link #rowBytes}). A table sliced from a {@link ChangeLog} shares the log's
     * change arrays and holds only its starts and ends.
     */
    public long changeBytes() {
        return (shared ? 0 : 13L * at.length) + 4L * starts.length + 4L * ends.length;
    }

    /** Bytes held per row besides the starts and ends: the created seconds. */
    public long rowBytes() {
        return 4L * created.length;
    }

    /** The epoch second every stored second counts from. */
    public long baseSecond() {
        return base;
    }

    /** When {@code row} was created, at second precision, as an epoch second. */
    public long createdSecond(int row) {
        return base + created[row];
    }

    public Instant created(int row) {
        return Instant.ofEpochSecond(createdSecond(row));
    }

    /** The first change of {@code row}; its changes are {@code start(row) .. end(row)-1}, in time order. */
    public int start(int row) {
        return starts[row];
    }

    /** One past the last change of {@code row} (the last one up to {@link #limit()} in an as-of table's history). */
    public int end(int row) {
        int end = ends[row];
        if (limit == Long.MAX_VALUE || end == starts[row] || base + at[end - 1] <= limit) {
            return end;
        }
        // Changes are in time order: the first one after the limit ends what is revealed.
        int lo = starts[row];
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (base + at[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The instant up to which changes are revealed: empty for a host's table, t for the history an
     * {@linkplain #asOf as-of table} carries, so nothing computed on it sees past t.
     */
    public Optional<Instant> limit() {
        return limit == Long.MAX_VALUE ? Optional.empty() : Optional.of(Instant.ofEpochSecond(limit));
    }

    /** This history revealing only changes up to {@code t} (the earlier of t and this one's limit). */
    ChangeTable upTo(long epochSecond) {
        return epochSecond >= limit ? this : new ChangeTable(this, epochSecond);
    }

    /** One past the last change of {@code row}, whatever the limit. */
    int allEnd(int row) {
        return ends[row];
    }

    long limitSecond() {
        return limit;
    }

    /** The epoch second of change {@code change}. */
    public long atSecond(int change) {
        return base + at[change];
    }

    /** The column changed by {@code change}. */
    public Column column(int change) {
        return tracked.get(field[change]);
    }

    /** The index of the column changed by {@code change} in {@link #tracked()}'s order. */
    public int columnIndex(int change) {
        return field[change];
    }

    /** The index of {@code column} in {@link #tracked()}'s order, or -1. */
    public int indexOf(Column column) {
        return trackedIndex.getOrDefault(column, -1);
    }

    /** The code of the value before the change (see the class comment for what a code is). */
    public int fromCode(int change) {
        return from[change];
    }

    /** The code of the value after the change. */
    public int toCode(int change) {
        return to[change];
    }

    /**
     * The extended dictionary of a tracked coded column: the table's dictionary (same codes) followed
     * by values only history holds. Index 0 is the empty value.
     */
    public List<String> dictionary(Column column) {
        return Arrays.asList(requireCoded(column).clone());
    }

    /** The text of a coded column's code ("" for {@link #EMPTY}). */
    public String text(Column column, int code) {
        return code == EMPTY ? "" : requireCoded(column)[code];
    }

    /** The code of a value in a coded column's extended dictionary, or -1 when neither now nor history holds it. */
    public int codeOf(Column column, String value) {
        requireCoded(column);
        return dictionaryIndex.get(column).getOrDefault(value, -1);
    }

    /** The number of a number column's code. */
    public Optional<BigDecimal> number(Column column, int code) {
        NumberDictionary d = requireNumbers(column);
        return code == EMPTY ? Optional.empty() : Optional.of(BigDecimal.valueOf(d.unscaled[code], d.scale));
    }

    /** The unscaled value of a number column's code at {@link #numberScale}, or {@link NumberColumn#NONE}. */
    public long unscaled(Column column, int code) {
        NumberDictionary d = requireNumbers(column);
        return code == EMPTY ? NumberColumn.NONE : d.unscaled[code];
    }

    /** Unscaled values by code of a tracked number column (code 0: {@link NumberColumn#NONE}); not to be changed. */
    long[] unscaledDictionary(Column column) {
        return requireNumbers(column).unscaled;
    }

    /** The scale of a number column's codes. */
    public int numberScale(Column column) {
        return requireNumbers(column).scale;
    }

    /** The code of the state of a coded column at the row's creation: the first change's from, else now. */
    public int initialCode(int row, Column column) {
        int f = requireTracked(column);
        for (int i = starts[row]; i < ends[row]; i++) {
            if (field[i] == f) {
                return from[i];
            }
        }
        return source.codes(column).code(row);
    }

    /**
     * Calls {@code sink} for each visit of {@code row} to a value of the coded {@code column} (a status
     * visit: [entered, left) in epoch seconds), in time order, up to {@code untilSecond}: a visit still
     * going on then is reported with left = {@link #OPEN}. The first visit starts at creation in the
     * initial value; a row created after {@code untilSecond} has none.
     */
    public void visits(int row, Column column, long untilSecond, VisitSink sink) {
        int f = requireTracked(column);
        if (!column.type().isCoded()) {
            throw new IllegalArgumentException("visits need a coded column: " + column.id());
        }
        long entered = createdSecond(row);
        if (entered > Math.min(untilSecond, limit)) {
            return;
        }
        int value = initialCode(row, column);
        untilSecond = Math.min(untilSecond, limit);
        for (int i = starts[row]; i < ends[row]; i++) {
            if (field[i] != f) {
                continue;
            }
            long when = base + at[i];
            if (when > untilSecond) {
                break;
            }
            if (to[i] == value) {
                continue; // a change that keeps the value does not end the visit
            }
            sink.visit(value, entered, when);
            value = to[i];
            entered = when;
        }
        sink.visit(value, entered, OPEN);
    }

    /** Receives visits from {@link #visits}. */
    @FunctionalInterface
    public interface VisitSink {
        /** A visit to the value of {@code code} over [{@code enteredSecond}, {@code leftSecond}). */
        void visit(int code, long enteredSecond, long leftSecond);
    }

    /**
     * The table of {@code source} as it was at {@code t} (KPI-DEFINITIONS.md, "state as of t"), at the
     * earliest of t and {@link #limit()}; it carries this history up to that instant.
     */
    public IssueTable asOf(Instant t) {
        return AsOf.of(this, t);
    }

    /**
     * A cursor giving this history's as-of tables for instants asked in ascending order at the cost of
     * the rows that change between them (a trend's buckets), rather than a full rebuild per instant.
     */
    public AsOfCursor asOfCursor() {
        return new AsOfCursor(this);
    }

    /** The instant an issue's event happened, for crediting it to who held a field then. */
    public enum Event {
        /** The issue's creation (leads and deals created in P). */
        CREATION,
        /**
         * The last change that set the resolution (a deal won or lost); an issue never resolved through a
         * recorded change is credited as of now.
         */
        RESOLUTION
    }

    /**
     * The table with {@code column} (a coded one, e.g. the rep) holding, per row, its value at the row's
     * {@code event} (KPI-DEFINITIONS.md, "Rep credit": "rep at the time"); every other column shared.
     */
    public IssueTable creditedAt(Column column, Event event) {
        int f = requireTracked(column);
        if (!column.type().isCoded() || !source.has(column)) {
            throw new IllegalArgumentException("credit needs a coded column of the table: " + column.id());
        }
        int resolution = indexOf(Column.RESOLUTION);
        int size = size();
        int[] codes = new int[size];
        source.codes(column).decode(0, size, codes);
        for (int row = 0; row < size; row++) {
            int end = end(row);
            if (event == Event.CREATION) {
                codes[row] = initialCode(row, column);
                continue;
            }
            int resolvedAt = -1;
            for (int i = starts[row]; i < end; i++) {
                if (field[i] == resolution && to[i] != EMPTY) {
                    resolvedAt = i;
                }
            }
            if (resolvedAt < 0) {
                continue;
            }
            // The value after every change up to the resolution's second: the last such change's "to",
            // else the first later change's "from", else today's.
            long when = at[resolvedAt];
            int code = -1;
            for (int i = starts[row]; i < ends[row]; i++) {
                if (field[i] != f) {
                    continue;
                }
                if (at[i] <= when) {
                    code = to[i];
                } else {
                    if (code < 0) {
                        code = from[i];
                    }
                    break;
                }
            }
            if (code >= 0) {
                codes[row] = code;
            }
        }
        return source.replacing(Map.of(column, new CodeColumn(dictionaries.get(column), codes, size)), Map.of(),
                Map.of(), this);
    }

    IssueTable source() {
        return source;
    }

    List<Column> trackedList() {
        return tracked;
    }

    int createdOffset(int row) {
        return created[row];
    }

    int atOffset(int change) {
        return at[change];
    }

    byte fieldByte(int change) {
        return field[change];
    }

    String[] codedDictionary(Column column) {
        return dictionaries.get(column);
    }

    private String[] requireCoded(Column column) {
        String[] d = dictionaries.get(column);
        if (d == null) {
            throw new IllegalArgumentException("not a tracked coded column: " + column.id());
        }
        return d;
    }

    private NumberDictionary requireNumbers(Column column) {
        NumberDictionary d = numbers.get(column);
        if (d == null) {
            throw new IllegalArgumentException("not a tracked number column: " + column.id());
        }
        return d;
    }

    private int requireTracked(Column column) {
        Integer f = trackedIndex.get(column);
        if (f == null) {
            throw new IllegalArgumentException("changes not loaded for column: " + column.id());
        }
        return f;
    }

    /** Distinct numbers of a column, exact at one shared scale; code 0 is empty. */
    static final class NumberDictionary {
        final long[] unscaled;
        final int scale;

        NumberDictionary(long[] unscaled, int scale) {
            this.unscaled = unscaled;
            this.scale = scale;
        }
    }

    /** Collects one history per row of the table, in row order, then builds the change table. */
    public static final class Builder {
        private final IssueTable table;
        private final List<Column> tracked = new ArrayList<>();
        private final Map<Column, Integer> trackedIndex = new HashMap<>();
        private final Map<String, Integer> byId = new HashMap<>();
        private final Map<Column, CodeBuilder> codes = new HashMap<>();
        private final Map<Column, NumberBuilder> numbers = new HashMap<>();
        /** Per tracked column index, what parses its values (one of the three), read once per change side. */
        private final CodeBuilder[] codeOf;
        private final NumberBuilder[] numberOf;
        private final Map<String, Integer>[] dayOf;
        private final int[] created;
        private final int[] offsets;
        private final BitSet known = new BitSet();
        private long base = Long.MIN_VALUE;
        private int rows;
        private int count;
        private int[] at = new int[1024];
        private byte[] field = new byte[1024];
        private int[] from = new int[1024];
        private int[] to = new int[1024];

        private Builder(IssueTable table, Set<Column> columns) {
            this.table = table;
            for (Column column : columns) {
                if (column.equals(Column.KEY)) {
                    throw new IllegalArgumentException("issue keys have no history");
                }
                if (tracked.size() == Byte.MAX_VALUE) {
                    throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " tracked columns");
                }
                trackedIndex.put(column, tracked.size());
                byId.put(column.id(), tracked.size());
                tracked.add(column);
                switch (column.type()) {
                    case TEXT, OPTION, USER -> codes.put(column, new CodeBuilder(
                            table.has(column) ? table.codes(column).dictionary() : List.of("")));
                    case NUMBER -> numbers.put(column, new NumberBuilder());
                    case DATE -> { }
                    default -> throw new IllegalStateException("unknown field type " + column.type());
                }
            }
            int n = tracked.size();
            codeOf = new CodeBuilder[n];
            numberOf = new NumberBuilder[n];
            @SuppressWarnings("unchecked")
            Map<String, Integer>[] days = new Map[n];
            dayOf = days;
            for (int f = 0; f < n; f++) {
                Column column = tracked.get(f);
                codeOf[f] = codes.get(column);
                numberOf[f] = numbers.get(column);
                if (column.type() == FieldType.DATE) {
                    dayOf[f] = new HashMap<>();
                }
            }
            this.created = new int[table.size()];
            this.offsets = new int[table.size() + 1];
        }

        /** Adds the history of the next row; its key must be the row's when the table holds keys. */
        public Builder add(IssueHistory history) {
            if (rows == table.size()) {
                throw new IllegalArgumentException("more histories than the table's " + table.size() + " rows");
            }
            if (table.has(Column.KEY) && !table.keys().key(rows).equals(history.key())) {
                throw new IllegalArgumentException("history of " + history.key() + " given for row " + rows
                        + " which is " + table.keys().key(rows));
            }
            long second = history.created().getEpochSecond();
            if (base == Long.MIN_VALUE) {
                base = second;
            }
            created[rows] = offset(second, history.key());
            if (history.known()) {
                known.set(rows);
            }
            for (Change change : history.changes()) {
                Integer f = byId.get(change.field());
                if (f == null) {
                    continue;
                }
                if (count == at.length) {
                    grow();
                }
                int index = f;
                at[count] = offset(change.at().getEpochSecond(), history.key());
                field[count] = (byte) index;
                from[count] = code(index, change.from().orElse(null), history.key());
                to[count] = code(index, change.to().orElse(null), history.key());
                count++;
            }
            rows++;
            offsets[rows] = count;
            return this;
        }

        /** Adds a page of histories, as {@link IssueTable.Builder#addAll} adds a page of issues. */
        public Builder addAll(Iterable<IssueHistory> page) {
            page.forEach(this::add);
            return this;
        }

        public ChangeTable build() {
            if (rows != table.size()) {
                throw new IllegalArgumentException(
                        "histories of " + rows + " rows given for a table of " + table.size());
            }
            if (base == Long.MIN_VALUE) {
                base = 0;
            }
            return new ChangeTable(this);
        }

        private int offset(long second, String key) {
            long offset = second - base;
            if (offset < Integer.MIN_VALUE || offset > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(key + ": instant more than 68 years from the first issue's creation");
            }
            return (int) offset;
        }

        private int code(int f, String value, String key) {
            if (value == null || value.isEmpty()) {
                return dayOf[f] != null ? DateColumn.NONE : EMPTY;
            }
            try {
                if (codeOf[f] != null) {
                    return codeOf[f].intern(value);
                }
                // Histories repeat few distinct texts (amounts, close dates): each is parsed once.
                if (numberOf[f] != null) {
                    return numberOf[f].intern(value);
                }
                Integer day = dayOf[f].get(value);
                if (day == null) {
                    day = epochDay(value, table.zone());
                    dayOf[f].put(value, day);
                }
                return day;
            } catch (NumberFormatException | DateTimeException e) {
                Column column = tracked.get(f);
                throw new IllegalArgumentException(key + ": field " + column.id() + " has a value that is not a "
                        + column.type().name().toLowerCase(java.util.Locale.ROOT) + ": " + value, e);
            }
        }


        private void grow() {
            int capacity = at.length * 2;
            at = Arrays.copyOf(at, capacity);
            field = Arrays.copyOf(field, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
        }
    }

    /** An ISO date, or an instant's local date in {@code zone} for the instant columns (created, resolved). */
    static int epochDay(String value, ZoneId zone) {
        if (value.length() == 10) {
            return (int) LocalDate.parse(value).toEpochDay();
        }
        return (int) LocalDate.ofInstant(Instant.parse(value), zone).toEpochDay();
    }

    /** The table's dictionary, extended with values only history holds. */
    private static final class CodeBuilder {
        final List<String> values;
        final Map<String, Integer> index = new HashMap<>();

        CodeBuilder(List<String> current) {
            values = new ArrayList<>(current);
            for (int code = 1; code < values.size(); code++) {
                index.putIfAbsent(values.get(code), code);
            }
        }

        int intern(String value) {
            Integer code = index.get(value);
            if (code == null) {
                code = values.size();
                values.add(value);
                index.put(value, code);
            }
            return code;
        }
    }

    /** Distinct numbers as they come; the shared scale is fixed at build. */
    static final class NumberBuilder {
        final List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO));
        final Map<BigDecimal, Integer> index = new HashMap<>();
        final Map<String, Integer> byText = new HashMap<>();

        int intern(String text) {
            Integer code = byText.get(text);
            if (code == null) {
                code = intern(new BigDecimal(text));
                byText.put(text, code);
            }
            return code;
        }

        int intern(BigDecimal raw) {
            BigDecimal v = raw.stripTrailingZeros();
            if (v.scale() > IssueTable.MAX_SCALE) {
                v = v.setScale(IssueTable.MAX_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
            }
            Integer code = index.get(v);
            if (code == null) {
                code = values.size();
                values.add(v);
                index.put(v, code);
            }
            return code;
        }

        NumberDictionary build() {
            int scale = 0;
            for (BigDecimal v : values) {
                scale = Math.max(scale, v.scale());
            }
            long[] unscaled = new long[values.size()];
            for (int code = 1; code < unscaled.length; code++) {
                try {
                    unscaled[code] = values.get(code).setScale(scale).unscaledValue().longValueExact();
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("number out of range for an exact column: " + values.get(code), e);
                }
            }
            unscaled[0] = NumberColumn.NONE;
            return new NumberDictionary(unscaled, scale);
        }
    }

    /** Zone of the issue table, for local dates of change instants. */
    ZoneId zone() {
        return source.zone();
    }
}
