package org.saleskpi.core.issue;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * The changes of many issues, held between requests in numbered slots (the rows of the host's index), in the
 * columns of a {@link ChangeTable}: per change an int of seconds since {@link #BASE_SECOND}, a byte naming the
 * column and two int codes. A coded column's codes are those of the host's own dictionary ({@link Dictionary}),
 * which the issue tables gathered from the host share, so a {@linkplain #table table of some slots} copies only
 * four ints per row and no change. See docs/adr/0035-change-log-in-the-index.md.
 *
 * <p>Not thread-safe: the owner lets one writer in at a time and no reader while it writes (the index's lock).
 * Changes are only appended: a slot given a new history points at new changes and leaves its old ones
 * unreferenced; once those are more than half of what is held, the next write copies the live changes into new
 * arrays. A table sliced before keeps the arrays it was given, in which no later write changes a cell it reads.
 */
public final class ChangeLog {
    /** The epoch second the held seconds count from, 2000-01-01T00:00:00Z: an int reaches from 1932 to 2068. */
    public static final long BASE_SECOND = 946_684_800L;
    /** Unreferenced changes are copied away only past this many, so small logs never compact. */
    private static final int COMPACT_AFTER = 1 << 16;

    /** The host's dictionary of a coded column, which its gathered tables' codes index. */
    public interface Dictionary {
        /** The code of {@code value}, added to the dictionary if new (it then holds no row). */
        int code(String value);

        /** Number of codes, the empty one (0) included. */
        int size();

        /** The value of a code other than 0. */
        String value(int code);
    }

    private final List<Column> tracked = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private Dictionary[] coded = new Dictionary[0];
    private ChangeTable.NumberBuilder[] numbers = new ChangeTable.NumberBuilder[0];
    private boolean[] dates = new boolean[0];
    private final ZoneId zone;
    private final Map<Column, Snapshot> snapshots = new HashMap<>();

    private int[] created = new int[0];
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private final BitSet known = new BitSet();
    private int slots;

    private int[] at = new int[1024];
    private byte[] field = new byte[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int size;
    private int unreferenced;

    /**
     * A log of the changes of {@code tracked}; a coded column must have its host dictionary in {@code dictionaries}.
     * Instants written as dates (an instant column's history) count days in {@code zone}.
     */
    public ChangeLog(Set<Column> tracked, Map<Column, Dictionary> dictionaries, ZoneId zone) {
        this.zone = zone;
        List<Column> columns = List.copyOf(new LinkedHashSet<>(tracked));
        if (columns.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " tracked columns");
        }
        for (Column column : columns) {
            track(column, dictionaries.get(column));
        }
    }

    /**
     * Holds from now on the changes of {@code column} too ({@code dictionary} is its host dictionary when it is coded,
     * else ignored): for a field the host defines after its rows arrived. Its changes are held only in the histories
     * put from now on, so the host puts again the histories of the rows that recorded some before. False when the
     * column is tracked already or the log holds as many columns as a change can name.
     */
    public boolean track(Column column, Dictionary dictionary) {
        if (column.equals(Column.KEY)) {
            throw new IllegalArgumentException("issue keys have no history");
        }
        if (byId.containsKey(column.id()) || tracked.size() == Byte.MAX_VALUE) {
            return false;
        }
        int f = tracked.size();
        coded = Arrays.copyOf(coded, f + 1);
        numbers = Arrays.copyOf(numbers, f + 1);
        dates = Arrays.copyOf(dates, f + 1);
        switch (column.type()) {
            case TEXT, OPTION, USER -> {
                if (dictionary == null) {
                    throw new IllegalArgumentException("no dictionary for coded column " + column.id());
                }
                coded[f] = dictionary;
            }
            case NUMBER -> numbers[f] = new ChangeTable.NumberBuilder();
            case DATE -> dates[f] = true;
            default -> throw new IllegalStateException("unknown field type " + column.type());
        }
        tracked.add(column);
        byId.put(column.id(), f);
        return true;
    }

    /** The columns whose changes are held. */
    public Set<Column> tracked() {
        return new LinkedHashSet<>(tracked);
    }

    /**
     * A history in this log's codes, ready for {@link #put}. A value that is not of its column's type, or a change
     * outside 1932 to 2068, gives an unknown history instead: the issue's history figures are then absent ("no
     * history") rather than wrong; so does a creation outside those years, held at the nearest second the log can
     * hold. Values new to a dictionary are added to it (holding no row).
     */
    public Encoded encode(IssueHistory history) {
        long createdSecond = history.created().getEpochSecond();
        if (!history.known() || !fits(createdSecond)) {
            return unknown(createdSecond);
        }
        List<Change> changes = history.changes();
        int[] when = new int[changes.size()];
        byte[] which = new byte[changes.size()];
        int[] before = new int[changes.size()];
        int[] after = new int[changes.size()];
        int n = 0;
        try {
            for (Change change : changes) {
                Integer f = byId.get(change.field());
                if (f == null) {
                    continue;
                }
                long second = change.at().getEpochSecond();
                if (!fits(second)) {
                    return unknown(createdSecond);
                }
                when[n] = (int) (second - BASE_SECOND);
                which[n] = (byte) (int) f;
                before[n] = code(f, change.from().orElse(null));
                after[n] = code(f, change.to().orElse(null));
                n++;
            }
        } catch (NumberFormatException | DateTimeException e) {
            return unknown(createdSecond);
        }
        return new Encoded((int) (createdSecond - BASE_SECOND), true, Arrays.copyOf(when, n),
                Arrays.copyOf(which, n), Arrays.copyOf(before, n), Arrays.copyOf(after, n));
    }

    /** Gives {@code slot} this history, in place of any it had. */
    public void put(int slot, Encoded history) {
        if (slot >= created.length) {
            int capacity = Math.max(slot + 1, roomFor(created.length));
            created = Arrays.copyOf(created, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        if (slot < slots) {
            unreferenced += ends[slot] - starts[slot];
            starts[slot] = ends[slot];
        }
        slots = Math.max(slots, slot + 1);
        compactIfWasteful();
        int n = history.at.length;
        while (size + n > at.length) {
            grow(Math.max(roomFor(at.length), size + n));
        }
        System.arraycopy(history.at, 0, at, size, n);
        System.arraycopy(history.field, 0, field, size, n);
        System.arraycopy(history.from, 0, from, size, n);
        System.arraycopy(history.to, 0, to, size, n);
        created[slot] = history.created;
        starts[slot] = size;
        ends[slot] = size + n;
        known.set(slot, history.known);
        size += n;
    }

    /**
     * Drops the history of {@code slot} and moves the last slot's into its place, as the host moves its last row
     * into a freed one; {@code slot} may be the last.
     */
    public void remove(int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IllegalArgumentException("slot " + slot + " holds no history");
        }
        int last = slots - 1;
        unreferenced += ends[slot] - starts[slot];
        created[slot] = created[last];
        starts[slot] = starts[last];
        ends[slot] = ends[last];
        known.set(slot, known.get(last));
        known.clear(last);
        slots = last;
    }

    /** Whether the changes of the column with this id are held. */
    public boolean tracks(String fieldId) {
        return byId.containsKey(fieldId);
    }

    /**
     * The slots with a change of the coded column with id {@code fieldId} from or to a value {@code matches}
     * accepts, or, when {@code empty}, from or to no value: what JQL's WAS asks of history.
     */
    public BitSet slotsThatHad(String fieldId, Predicate<String> matches, boolean empty) {
        Integer f = byId.get(fieldId);
        if (f == null || coded[f] == null) {
            throw new IllegalArgumentException("no coded column with changes held: " + fieldId);
        }
        boolean[] wanted = new boolean[coded[f].size()];
        wanted[ChangeTable.EMPTY] = empty;
        for (int code = 1; code < wanted.length; code++) {
            String value = coded[f].value(code);
            wanted[code] = value == null || value.isEmpty() ? empty : matches.test(value);
        }
        byte column = (byte) (int) f;
        BitSet had = new BitSet(slots);
        for (int slot = 0; slot < slots; slot++) {
            for (int c = starts[slot]; c < ends[slot]; c++) {
                if (field[c] == column && (wanted[from[c]] || wanted[to[c]])) {
                    had.set(slot);
                    break;
                }
            }
        }
        return had;
    }

    /** Changes held for some slot. */
    public long changeCount() {
        return size - (long) unreferenced;
    }

    /** Bytes of the held arrays, unreferenced changes and spare room included. */
    public long bytes() {
        return 13L * at.length + 12L * created.length + known.size() / 8;
    }

    /**
     * The changes of {@code wanted} of {@code slots}, in that order, as the history of {@code table} (whose row i is
     * slot i's issue and whose coded tracked columns have the host's codes, {@link IssueTable.ColumnBuilder#hostCodes}).
     * A wanted column the log does not track has no changes. When every tracked column is wanted the table shares
     * the log's change arrays; otherwise it gets a copy of the wanted columns' changes, so that nothing it computes
     * over all its changes (the last instant its history knows, an as-of table's last update) sees the others.
     */
    public ChangeTable table(IssueTable table, int[] slots, Set<Column> wanted) {
        if (table.size() != slots.length) {
            throw new IllegalArgumentException("a table of " + table.size() + " rows for " + slots.length + " slots");
        }
        Wanted columns = wanted(wanted);
        ChangeTable.SliceRows rows = rows(slots);
        if (columns.shared()) {
            return new ChangeTable(table, columns.list(), BASE_SECOND, rows,
                    new ChangeTable.SharedChanges(at, field, from, to), codes(columns.list(), table), true);
        }
        ChangeTable.SharedChanges changes = wantedChanges(columns.fieldOf(), rows.starts(), rows.ends());
        return new ChangeTable(table, columns.list(), BASE_SECOND, copied(rows, changes), changes,
                codes(columns.list(), table), false);
    }

    /**
     * {@link #table} of {@code slots} for {@code table}, whose rows are those of {@code before} (the history this log
     * gave the table it was patched from) at {@code kept} and, where {@code fromAdded} is true, the rows at
     * {@code slots} gathered again: a table that copies its changes takes the kept rows' from {@code before} in runs and
     * only the gathered rows' from this log, so a write costs it a copy, not a filter of every change again. A table
     * sharing this log's arrays is sliced as {@link #table} slices it (four ints per row).
     */
    public ChangeTable patched(ChangeTable before, int[] kept, boolean[] fromAdded, IssueTable table, int[] slots,
            Set<Column> wanted) {
        Wanted columns = wanted(wanted);
        if (columns.shared() || !before.ownsChangesFrom(BASE_SECOND, columns.list()) || slots.length != table.size()
                || fromAdded.length != slots.length) {
            return table(table, slots, wanted);
        }
        int count = 0;
        for (boolean added : fromAdded) {
            count += added ? 1 : 0;
        }
        int[] addedSlots = new int[count];
        for (int row = 0, a = 0; row < slots.length; row++) {
            if (fromAdded[row]) {
                addedSlots[a++] = slots[row];
            }
        }
        ChangeTable.SliceRows added = rows(addedSlots);
        ChangeTable.SharedChanges changes = wantedChanges(columns.fieldOf(), added.starts(), added.ends());
        return before.merged(table, kept, copied(added, changes), changes, fromAdded, codes(columns.list(), table));
    }

    /** Rows whose starts and ends {@link #wantedChanges} moved onto its copy, counting the copied changes. */
    private static ChangeTable.SliceRows copied(ChangeTable.SliceRows rows, ChangeTable.SharedChanges changes) {
        return new ChangeTable.SliceRows(rows.created(), rows.known(), rows.starts(), rows.ends(),
                changes.at().length);
    }

    /**
     * The columns of a table wanting {@code wanted}: the tracked ones in the log's order, each tracked column's index
     * among them ({@code fieldOf}, -1 when not wanted), then the untracked ones (no changes); {@code shared} when every
     * tracked column is wanted.
     */
    private record Wanted(List<Column> list, byte[] fieldOf, boolean shared) {
    }

    private Wanted wanted(Set<Column> wanted) {
        List<Column> columns = new ArrayList<>();
        byte[] fieldOf = new byte[tracked.size()];
        for (int f = 0; f < tracked.size(); f++) {
            fieldOf[f] = -1;
            if (wanted.contains(tracked.get(f))) {
                fieldOf[f] = (byte) columns.size();
                columns.add(tracked.get(f));
            }
        }
        boolean shared = columns.size() == tracked.size();
        wanted.stream().filter(column -> !tracked.contains(column) && !column.equals(Column.KEY))
                .forEach(columns::add);
        return new Wanted(List.copyOf(columns), fieldOf, shared);
    }

    /** The per-row arrays of {@code slots}, in that order, pointing into this log's change arrays. */
    private ChangeTable.SliceRows rows(int[] slots) {
        int n = slots.length;
        int[] rowCreated = new int[n];
        int[] rowStarts = new int[n];
        int[] rowEnds = new int[n];
        BitSet rowKnown = new BitSet(n);
        long count = 0;
        for (int i = 0; i < n; i++) {
            int slot = slots[i];
            rowCreated[i] = created[slot];
            rowStarts[i] = starts[slot];
            rowEnds[i] = ends[slot];
            count += ends[slot] - starts[slot];
            if (known.get(slot)) {
                rowKnown.set(i);
            }
        }
        return new ChangeTable.SliceRows(rowCreated, rowKnown, rowStarts, rowEnds, count);
    }

    /** The dictionaries {@code table}'s history reads its {@code columns}' codes through. */
    private ChangeTable.Codes codes(List<Column> columns, IssueTable table) {
        Map<Column, String[]> dictionaries = new HashMap<>();
        Map<Column, Map<String, Integer>> dictionaryIndex = new HashMap<>();
        Map<Column, ChangeTable.NumberDictionary> numberDictionaries = new HashMap<>();
        for (Column column : columns) {
            switch (column.type()) {
                case TEXT, OPTION, USER -> {
                    Snapshot snapshot = snapshot(column, table);
                    dictionaries.put(column, snapshot.values);
                    dictionaryIndex.put(column, snapshot.index);
                }
                case NUMBER -> numberDictionaries.put(column, numbers(column));
                default -> { }
            }
        }
        return new ChangeTable.Codes(Map.copyOf(dictionaries), Map.copyOf(dictionaryIndex),
                Map.copyOf(numberDictionaries));
    }

    /**
     * The changes of the rows {@code [starts[i], ends[i])} whose column {@code fieldOf} keeps (at its new index), in
     * new arrays; the rows' starts and ends are moved onto them.
     */
    private ChangeTable.SharedChanges wantedChanges(byte[] fieldOf, int[] rowStarts, int[] rowEnds) {
        int kept = 0;
        for (int i = 0; i < rowStarts.length; i++) {
            for (int c = rowStarts[i]; c < rowEnds[i]; c++) {
                if (fieldOf[field[c]] >= 0) {
                    kept++;
                }
            }
        }
        int[] keptAt = new int[kept];
        byte[] keptField = new byte[kept];
        int[] keptFrom = new int[kept];
        int[] keptTo = new int[kept];
        int next = 0;
        for (int i = 0; i < rowStarts.length; i++) {
            int first = next;
            for (int c = rowStarts[i]; c < rowEnds[i]; c++) {
                byte f = fieldOf[field[c]];
                if (f >= 0) {
                    keptAt[next] = at[c];
                    keptField[next] = f;
                    keptFrom[next] = from[c];
                    keptTo[next] = to[c];
                    next++;
                }
            }
            rowStarts[i] = first;
            rowEnds[i] = next;
        }
        return new ChangeTable.SharedChanges(keptAt, keptField, keptFrom, keptTo);
    }

    /** A coded column's dictionary as a table reads it, kept until the host's dictionary grows. */
    private Snapshot snapshot(Column column, IssueTable table) {
        Integer f = byId.get(column.id());
        Dictionary dictionary = f != null && tracked.get(f).equals(column) ? coded[f] : null;
        if (dictionary == null) {
            // A column the log does not track: the table's own dictionary, as a history without changes reads it.
            List<String> values = table.has(column) ? table.codes(column).dictionary() : List.of("");
            return Snapshot.of(values.toArray(String[]::new));
        }
        synchronized (snapshots) {
            Snapshot held = snapshots.get(column);
            if (held == null || held.values.length != dictionary.size()) {
                String[] values = new String[dictionary.size()];
                values[0] = "";
                for (int code = 1; code < values.length; code++) {
                    values[code] = dictionary.value(code);
                }
                held = Snapshot.of(values);
                snapshots.put(column, held);
            }
            return held;
        }
    }

    private ChangeTable.NumberDictionary numbers(Column column) {
        Integer f = byId.get(column.id());
        if (f == null || !tracked.get(f).equals(column)) {
            return new ChangeTable.NumberBuilder().build();
        }
        synchronized (snapshots) {
            // Building reads the distinct numbers once per growth of the column's dictionary.
            Snapshot held = snapshots.get(column);
            if (held == null || held.numbers.unscaled.length != numbers[f].values.size()) {
                held = new Snapshot(null, null, numbers[f].build());
                snapshots.put(column, held);
            }
            return held.numbers;
        }
    }

    private int code(int f, String value) {
        if (value == null || value.isEmpty()) {
            return dates[f] ? DateColumn.NONE : ChangeTable.EMPTY;
        }
        if (coded[f] != null) {
            return coded[f].code(value);
        }
        if (numbers[f] != null) {
            return numbers[f].intern(value);
        }
        return ChangeTable.epochDay(value, zone);
    }

    private static Encoded unknown(long createdSecond) {
        long offset = Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, createdSecond - BASE_SECOND));
        return new Encoded((int) offset, false, new int[0], new byte[0], new int[0], new int[0]);
    }

    private static boolean fits(long second) {
        long offset = second - BASE_SECOND;
        return offset >= Integer.MIN_VALUE && offset <= Integer.MAX_VALUE;
    }

    /** New arrays for the live changes once most held ones are unreferenced; tables sliced before keep the old. */
    private void compactIfWasteful() {
        if (unreferenced < COMPACT_AFTER || unreferenced * 2L < size) {
            return;
        }
        int live = size - unreferenced;
        int capacity = Math.max(1024, live + live / 4);
        int[] newAt = new int[capacity];
        byte[] newField = new byte[capacity];
        int[] newFrom = new int[capacity];
        int[] newTo = new int[capacity];
        int next = 0;
        for (int slot = 0; slot < slots; slot++) {
            int n = ends[slot] - starts[slot];
            System.arraycopy(at, starts[slot], newAt, next, n);
            System.arraycopy(field, starts[slot], newField, next, n);
            System.arraycopy(from, starts[slot], newFrom, next, n);
            System.arraycopy(to, starts[slot], newTo, next, n);
            starts[slot] = next;
            ends[slot] = next + n;
            next += n;
        }
        at = newAt;
        field = newField;
        from = newFrom;
        to = newTo;
        size = next;
        unreferenced = 0;
    }

    /**
     * The next capacity of arrays holding {@code length}: an eighth more, not twice, since the log is most of what the
     * server's index holds and a doubled array leaves up to half its bytes unused; a write of one issue seldom grows it.
     */
    private static int roomFor(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024L, length + (length >> 3)));
    }

    private void grow(int capacity) {
        at = Arrays.copyOf(at, capacity);
        field = Arrays.copyOf(field, capacity);
        from = Arrays.copyOf(from, capacity);
        to = Arrays.copyOf(to, capacity);
    }

    /** One issue's history in the log's codes, made before the host's write so a bad value changes no slot. */
    public static final class Encoded {
        private final int created;
        private final boolean known;
        private final int[] at;
        private final byte[] field;
        private final int[] from;
        private final int[] to;

        private Encoded(int created, boolean known, int[] at, byte[] field, int[] from, int[] to) {
            this.created = created;
            this.known = known;
            this.at = at;
            this.field = field;
            this.from = from;
            this.to = to;
        }
    }

    /** A coded column's dictionary with its reverse index, or a number column's distinct numbers. */
    private record Snapshot(String[] values, Map<String, Integer> index, ChangeTable.NumberDictionary numbers) {
        static Snapshot of(String[] values) {
            Map<String, Integer> index = new HashMap<>();
            for (int code = 1; code < values.length; code++) {
                index.putIfAbsent(values[code], code);
            }
            return new Snapshot(values, Map.copyOf(index), null);
        }
    }
}
