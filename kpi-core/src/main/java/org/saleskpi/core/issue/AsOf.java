package org.saleskpi.core.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the table as it was at an instant (KPI-DEFINITIONS.md, "state of an issue as of instant
 * t"): the creation state with every change up to and including t applied. Only the tracked columns
 * and the few derived from them are rebuilt; every other column is the source's own array.
 */
final class AsOf {
    private static final long SECONDS_PER_DAY = 86_400;

    private final ChangeTable changes;
    private final IssueTable source;
    private final int size;
    private final long t;
    private final int tDay;
    private final ZoneRules rules;
    private final List<Column> tracked;

    private AsOf(ChangeTable all, Instant wanted) {
        Instant at = wanted.getEpochSecond() > all.limitSecond() ? Instant.ofEpochSecond(all.limitSecond()) : wanted;
        this.changes = all.upTo(at.getEpochSecond());
        this.source = changes.source();
        this.size = source.size();
        // Changes are kept at second precision, so t is too: a change in t's second is at or before t.
        this.t = at.getEpochSecond() - changes.baseSecond();
        this.tDay = (int) LocalDate.ofInstant(at, source.zone()).toEpochDay();
        this.rules = source.zone().getRules();
        this.tracked = changes.trackedList();
    }

    static IssueTable of(ChangeTable changes, Instant at) {
        return new AsOf(changes, at).build(null).table;
    }

    /**
     * The table at {@code at}, built from {@code previous} (the state at an earlier or equal instant of
     * the same change table) by replaying only the rows whose state can differ between the two; from
     * scratch when there is none or it is later. The previous snapshot's arrays are taken over and updated
     * in place (its table keeps copies of its own), so it must not be used again.
     */
    static Snapshot next(ChangeTable changes, Instant at, Snapshot previous) {
        return new AsOf(changes, at).build(previous);
    }

    /** One as-of table and the arrays behind it, which the next instant's build takes over and updates. */
    static final class Snapshot {
        final IssueTable table;
        final long t;
        final int tDay;
        final int[][] codes;
        final long[][] numbers;
        final int[] resolved;
        final int[] updated;
        final boolean[] missing;
        final int missingRows;
        /**
         * Per row, the second (after the base second) from which its state can differ from this one: its
         * creation if later, else its first change after t ({@link Integer#MAX_VALUE}: none).
         */
        final int[] nextSecond;
        /** Per row, the first current resolved or updated day after t's day, which a later t's day reaches. */
        final int[] nextDay;

        Snapshot(IssueTable table, long t, int tDay, int[][] codes, long[][] numbers, int[] resolved, int[] updated,
                boolean[] missing, int missingRows, int[] nextSecond, int[] nextDay) {
            this.table = table;
            this.t = t;
            this.tDay = tDay;
            this.codes = codes;
            this.numbers = numbers;
            this.resolved = resolved;
            this.updated = updated;
            this.missing = missing;
            this.missingRows = missingRows;
            this.nextSecond = nextSecond;
            this.nextDay = nextDay;
        }
    }

    // The state being built, and today's columns a row is reset from or compared with.
    private int[][] codes;
    private long[][] numbers;
    private long[][] scaled;
    private long[] upOf;
    private int[] emptyOf;
    private CodeColumn[] codeNow;
    private DateColumn[] dateNow;
    private NumberColumn[] numberNow;
    private int resolution;
    private DateColumn resolvedNow;
    private DateColumn updatedNow;
    private CodeColumn resolutionNow;
    private int[] resolved;
    private int[] updated;
    private boolean[] missing;
    private int[] nextSecond;
    private int[] nextDay;
    private int[] state;
    private byte[] set;

    private Snapshot build(Snapshot previous) {
        int nf = tracked.size();
        boolean incremental = previous != null && previous.t <= t;
        codes = new int[nf][];
        numbers = new long[nf][];
        int[] scales = new int[nf];
        // Per tracked column: today's values (to reset a row that comes into existence) and, for numbers,
        // each change code's value at the as-of scale.
        codeNow = new CodeColumn[nf];
        dateNow = new DateColumn[nf];
        numberNow = new NumberColumn[nf];
        upOf = new long[nf];
        scaled = new long[nf][];
        emptyOf = new int[nf];
        for (int f = 0; f < nf; f++) {
            Column column = tracked.get(f);
            if (!source.has(column)) {
                continue;
            }
            switch (column.type()) {
                case TEXT, OPTION, USER -> {
                    codeNow[f] = source.codes(column);
                    if (incremental) {
                        codes[f] = previous.codes[f];
                    } else {
                        codes[f] = new int[size];
                        codeNow[f].decode(0, size, codes[f]);
                    }
                }
                case DATE -> {
                    dateNow[f] = source.dates(column);
                    if (incremental) {
                        codes[f] = previous.codes[f];
                    } else {
                        codes[f] = new int[size];
                        dateNow[f].decode(0, size, codes[f]);
                    }
                    emptyOf[f] = DateColumn.NONE;
                }
                case NUMBER -> {
                    NumberColumn now = source.numbers(column);
                    numberNow[f] = now;
                    scales[f] = Math.max(now.scale(), changes.numberScale(column));
                    long up = pow10(scales[f] - now.scale());
                    upOf[f] = up;
                    long factor = pow10(scales[f] - changes.numberScale(column));
                    long[] dictionary = changes.unscaledDictionary(column);
                    scaled[f] = new long[dictionary.length];
                    for (int code = 0; code < dictionary.length; code++) {
                        long v = dictionary[code];
                        scaled[f][code] = v == NumberColumn.NONE ? v : Math.multiplyExact(v, factor);
                    }
                    if (incremental) {
                        numbers[f] = previous.numbers[f];
                    } else {
                        long[] values = new long[size];
                        for (int row = 0; row < size; row++) {
                            long v = now.unscaled(row);
                            values[row] = v == NumberColumn.NONE ? v : Math.multiplyExact(v, up);
                        }
                        numbers[f] = values;
                    }
                }
                default -> throw new IllegalStateException("unknown field type " + column.type());
            }
        }
        resolution = changes.indexOf(Column.RESOLUTION);
        boolean hasResolved = hasResolved(source, changes);
        boolean hasUpdated = hasUpdated(source, changes);
        // Looked up once: a map lookup per row costs more than the row's replay.
        resolvedNow = hasResolved ? source.dates(Column.RESOLVED) : null;
        updatedNow = hasUpdated ? source.dates(Column.UPDATED) : null;
        resolutionNow = source.has(Column.RESOLUTION) ? source.codes(Column.RESOLUTION) : null;
        resolved = !hasResolved ? null : incremental ? previous.resolved : new int[size];
        updated = !hasUpdated ? null : incremental ? previous.updated : new int[size];
        missing = incremental ? previous.missing : new boolean[size];
        nextSecond = incremental ? previous.nextSecond : new int[size];
        nextDay = incremental ? previous.nextDay : new int[size];
        state = new int[nf];
        set = new byte[nf];
        int missingRows;
        if (incremental) {
            // Rows whose state is the same at both instants keep the one they have: not created in between,
            // no change in between, and no current date the as-of reading compares with t's day (resolved,
            // updated) passed in between. A scan of two arrays finds the others; only they are replayed.
            missingRows = previous.missingRows;
            for (int row = 0; row < size; row++) {
                if (nextSecond[row] > t && nextDay[row] > tDay) {
                    continue;
                }
                if (missing[row]) {
                    if (changes.createdOffset(row) > t) {
                        continue; // missing then too
                    }
                    comeIntoExistence(row);
                    missingRows--;
                }
                replay(row);
            }
        } else {
            missingRows = 0;
            for (int row = 0; row < size; row++) {
                if (changes.createdOffset(row) > t) {
                    markMissing(row);
                    missingRows++;
                } else {
                    replay(row);
                }
            }
        }
        IssueTable table = assemble(codes, numbers, scales, resolved, updated, missing, missingRows);
        return new Snapshot(table, t, tDay, codes, numbers, resolved, updated, missing, missingRows, nextSecond,
                nextDay);
    }

    /** Whether the as-of table derives the resolved date (not tracked itself) and so compares it with t's day. */
    static boolean hasResolved(IssueTable source, ChangeTable changes) {
        return source.has(Column.RESOLVED) && !changes.tracks(Column.RESOLVED);
    }

    /** Whether the as-of table derives the updated date (not tracked itself) and so compares it with t's day. */
    static boolean hasUpdated(IssueTable source, ChangeTable changes) {
        return source.has(Column.UPDATED) && !changes.tracks(Column.UPDATED);
    }

    /** A row created after t does not exist at t: every rebuilt column is empty. */
    private void markMissing(int row) {
        missing[row] = true;
        nextSecond[row] = changes.createdOffset(row);
        nextDay[row] = Integer.MAX_VALUE;
        for (int f = 0; f < codes.length; f++) {
            if (codes[f] != null) {
                codes[f][row] = emptyOf[f];
            } else if (numbers[f] != null) {
                numbers[f][row] = NumberColumn.NONE;
            }
        }
        if (resolved != null) {
            resolved[row] = DateColumn.NONE;
        }
        if (updated != null) {
            updated[row] = DateColumn.NONE;
        }
    }

    /** A row missing at the earlier instant exists at t: it starts from today's values, as a full build does. */
    private void comeIntoExistence(int row) {
        missing[row] = false;
        for (int f = 0; f < codes.length; f++) {
            if (codeNow[f] != null) {
                codes[f][row] = codeNow[f].code(row);
            } else if (dateNow[f] != null) {
                codes[f][row] = dateNow[f].day(row);
            } else if (numberNow[f] != null) {
                long v = numberNow[f].unscaled(row);
                numbers[f][row] = v == NumberColumn.NONE ? v : Math.multiplyExact(v, upOf[f]);
            }
        }
    }

    /**
     * Sets an existing row's rebuilt columns to their state at t: each tracked column's last change up to t,
     * else the "from" of its first later change; a column without either keeps today's value.
     */
    private void replay(int row) {
        long lastChange = changes.createdOffset(row);
        long resolvedAt = Long.MIN_VALUE;
        int next = Integer.MAX_VALUE;
        for (int i = changes.start(row); i < changes.allEnd(row); i++) {
            int f = changes.fieldByte(i);
            int when = changes.atOffset(i);
            if (when > t && next == Integer.MAX_VALUE) {
                next = when; // changes are in time order: the first later one
            }
            if (when <= t) {
                state[f] = changes.toCode(i);
                set[f] = 2;
                lastChange = Math.max(lastChange, when);
                if (f == resolution && state[f] != ChangeTable.EMPTY) {
                    resolvedAt = when;
                }
            } else if (set[f] == 0) {
                // The issue was in the first later change's "from" since its creation.
                state[f] = changes.fromCode(i);
                set[f] = 1;
            }
        }
        nextSecond[row] = next;
        int dayAhead = Integer.MAX_VALUE;
        if (resolved != null) {
            int day = resolvedNow.day(row);
            resolved[row] = resolvedDay(day, resolutionNow, row, resolution, state, set, resolvedAt);
            dayAhead = dayAfterT(day, dayAhead);
        }
        if (updated != null) {
            int day = updatedNow.day(row);
            updated[row] = day != DateColumn.NONE && day <= tDay ? day
                    : localDay(changes.baseSecond() + lastChange);
            dayAhead = dayAfterT(day, dayAhead);
        }
        nextDay[row] = dayAhead;
        for (int f = 0; f < codes.length; f++) {
            if (set[f] != 0) {
                if (codes[f] != null) {
                    codes[f][row] = state[f];
                } else if (numbers[f] != null) {
                    numbers[f][row] = scaled[f][state[f]];
                }
                set[f] = 0;
            }
        }
    }

    /** The earlier of {@code soonest} and a current day after t's day, which the as-of reading compares with t's. */
    private int dayAfterT(int day, int soonest) {
        return day != DateColumn.NONE && day > tDay ? Math.min(day, soonest) : soonest;
    }

    /**
     * The resolution date as of t: the local date of the last change that set the resolution, when
     * the as-of resolution is set; without such a change, the current resolved date when it is not
     * after t's date.
     */
    private int resolvedDay(int now, CodeColumn resolutionNow, int row, int resolution, int[] state, byte[] set,
            long resolvedAt) {
        if (resolution >= 0) {
            boolean resolvedAsOf = set[resolution] != 0 ? state[resolution] != ChangeTable.EMPTY
                    : resolutionNow != null ? resolutionNow.code(row) != CodeColumn.EMPTY
                    : now != DateColumn.NONE;
            if (!resolvedAsOf) {
                return DateColumn.NONE;
            }
            if (resolvedAt != Long.MIN_VALUE) {
                return localDay(changes.baseSecond() + resolvedAt);
            }
        }
        return now != DateColumn.NONE && now <= tDay ? now : DateColumn.NONE;
    }

    private IssueTable assemble(int[][] codes, long[][] numbers, int[] scales, int[] resolved, int[] updated,
            boolean[] missing, int missingRows) {
        Map<Column, CodeColumn> codeColumns = new HashMap<>();
        Map<Column, DateColumn> dateColumns = new HashMap<>();
        Map<Column, NumberColumn> numberColumns = new HashMap<>();
        for (int f = 0; f < tracked.size(); f++) {
            Column column = tracked.get(f);
            if (codes[f] != null && column.type().isCoded()) {
                codeColumns.put(column, new CodeColumn(changes.codedDictionary(column), codes[f], size));
            } else if (codes[f] != null) {
                dateColumns.put(column, new DateColumn(codes[f], size));
            } else if (numbers[f] != null) {
                numberColumns.put(column, new NumberColumn(numbers[f], size, scales[f]));
            }
        }
        if (resolved != null) {
            dateColumns.put(Column.RESOLVED, new DateColumn(resolved, size));
        }
        if (updated != null) {
            dateColumns.put(Column.UPDATED, new DateColumn(updated, size));
        }
        int status = changes.indexOf(Column.STATUS);
        if (status >= 0 && codes[status] != null && source.has(Column.STATUS_CATEGORY)
                && !changes.tracks(Column.STATUS_CATEGORY)) {
            codeColumns.put(Column.STATUS_CATEGORY, categories(codes[status], missing));
        }
        if (missingRows > 0 && source.has(Column.ISSUE_TYPE) && !changes.tracks(Column.ISSUE_TYPE)) {
            // A row created after t does not exist at t: no issue type, so it matches no type filter.
            CodeColumn types = source.codes(Column.ISSUE_TYPE);
            int[] typeCodes = new int[size];
            types.decode(0, size, typeCodes);
            for (int row = 0; row < size; row++) {
                if (missing[row]) {
                    typeCodes[row] = CodeColumn.EMPTY;
                }
            }
            codeColumns.put(Column.ISSUE_TYPE,
                    new CodeColumn(types.dictionary().toArray(String[]::new), typeCodes, size));
        }
        return source.replacing(codeColumns, dateColumns, numberColumns, changes);
    }

    /**
     * Status categories of the as-of statuses, each status's category taken from a row in it now; a
     * status no row is in now has an empty category (the table knows no category for it).
     */
    private CodeColumn categories(int[] statuses, boolean[] missing) {
        CodeColumn nowStatus = source.codes(Column.STATUS);
        CodeColumn nowCategory = source.codes(Column.STATUS_CATEGORY);
        int[] categoryOf = new int[changes.dictionary(Column.STATUS).size()];
        for (int row = 0; row < size; row++) {
            int s = nowStatus.code(row);
            if (categoryOf[s] == CodeColumn.EMPTY) {
                categoryOf[s] = nowCategory.code(row);
            }
        }
        int[] out = new int[size];
        for (int row = 0; row < size; row++) {
            out[row] = missing[row] ? CodeColumn.EMPTY : categoryOf[statuses[row]];
        }
        return new CodeColumn(nowCategory.dictionary().toArray(String[]::new), out, size);
    }

    private int localDay(long epochSecond) {
        int offset = rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
        return (int) Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p = Math.multiplyExact(p, 10);
        }
        return p;
    }
}
