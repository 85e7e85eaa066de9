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
     * scratch when there is none or it is later.
     */
    static Snapshot next(ChangeTable changes, Instant at, Snapshot previous) {
        return new AsOf(changes, at).build(previous);
    }

    /** One as-of table and the arrays behind it, which the next instant's table copies and updates. */
    static final class Snapshot {
        final IssueTable table;
        final long t;
        final int tDay;
        final int[][] codes;
        final long[][] numbers;
        final int[] resolved;
        final int[] updated;
        final boolean[] missing;

        Snapshot(IssueTable table, long t, int tDay, int[][] codes, long[][] numbers, int[] resolved, int[] updated,
                boolean[] missing) {
            this.table = table;
            this.t = t;
            this.tDay = tDay;
            this.codes = codes;
            this.numbers = numbers;
            this.resolved = resolved;
            this.updated = updated;
            this.missing = missing;
        }
    }

    private Snapshot build(Snapshot previous) {
        int nf = tracked.size();
        boolean incremental = previous != null && previous.t <= t;
        int[][] codes = new int[nf][];
        long[][] numbers = new long[nf][];
        int[] scales = new int[nf];
        // Per tracked column: today's values (to reset a row that comes into existence) and, for numbers,
        // each change code's value at the as-of scale.
        CodeColumn[] codeNow = new CodeColumn[nf];
        DateColumn[] dateNow = new DateColumn[nf];
        NumberColumn[] numberNow = new NumberColumn[nf];
        long[] upOf = new long[nf];
        long[][] scaled = new long[nf][];
        int[] emptyOf = new int[nf];
        for (int f = 0; f < nf; f++) {
            Column column = tracked.get(f);
            if (!source.has(column)) {
                continue;
            }
            switch (column.type()) {
                case TEXT, OPTION, USER -> {
                    codeNow[f] = source.codes(column);
                    if (incremental) {
                        codes[f] = previous.codes[f].clone();
                    } else {
                        codes[f] = new int[size];
                        codeNow[f].decode(0, size, codes[f]);
                    }
                }
                case DATE -> {
                    dateNow[f] = source.dates(column);
                    if (incremental) {
                        codes[f] = previous.codes[f].clone();
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
                        numbers[f] = previous.numbers[f].clone();
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
        int resolution = changes.indexOf(Column.RESOLUTION);
        boolean hasResolved = source.has(Column.RESOLVED) && !changes.tracks(Column.RESOLVED);
        boolean hasUpdated = source.has(Column.UPDATED) && !changes.tracks(Column.UPDATED);
        // Looked up once: a map lookup per row costs more than the row's replay.
        DateColumn resolvedNow = hasResolved ? source.dates(Column.RESOLVED) : null;
        DateColumn updatedNow = hasUpdated ? source.dates(Column.UPDATED) : null;
        CodeColumn resolutionNow = source.has(Column.RESOLUTION) ? source.codes(Column.RESOLUTION) : null;
        int[] resolved = !hasResolved ? null : incremental ? previous.resolved.clone() : new int[size];
        int[] updated = !hasUpdated ? null : incremental ? previous.updated.clone() : new int[size];
        boolean[] missing = incremental ? previous.missing.clone() : new boolean[size];
        int missingRows = 0;
        long before = incremental ? previous.t : 0;
        int dayBefore = incremental ? previous.tDay : 0;

        int[] state = new int[nf];
        byte[] set = new byte[nf];
        for (int row = 0; row < size; row++) {
            long created = changes.createdOffset(row);
            if (incremental) {
                // Rows whose state is the same at both instants keep the copied one: not created in
                // between, no change in between, and no current date the as-of reading compares with
                // t's date (resolved, updated) passed in between.
                if (created > t) {
                    missingRows++; // missing then too
                    continue;
                }
                if (created <= before
                        && !changedBetween(row, before)
                        && !(hasResolved && dayBetween(resolvedNow.day(row), dayBefore))
                        && !(hasUpdated && dayBetween(updatedNow.day(row), dayBefore))) {
                    continue;
                }
                if (missing[row]) {
                    // Comes into existence: start from today's values, as a full build does.
                    missing[row] = false;
                    for (int f = 0; f < nf; f++) {
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
            }
            if (created > t) {
                missing[row] = true;
                missingRows++;
                for (int f = 0; f < nf; f++) {
                    if (codes[f] != null) {
                        codes[f][row] = emptyOf[f];
                    } else if (numbers[f] != null) {
                        numbers[f][row] = NumberColumn.NONE;
                    }
                }
                if (hasResolved) {
                    resolved[row] = DateColumn.NONE;
                }
                if (hasUpdated) {
                    updated[row] = DateColumn.NONE;
                }
                continue;
            }
            long lastChange = created;
            long resolvedAt = Long.MIN_VALUE;
            for (int i = changes.start(row); i < changes.allEnd(row); i++) {
                int f = changes.fieldByte(i);
                long when = changes.atOffset(i);
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
            if (hasResolved) {
                resolved[row] = resolvedDay(resolvedNow.day(row), resolutionNow, row, resolution, state, set,
                        resolvedAt);
            }
            if (hasUpdated) {
                int day = updatedNow.day(row);
                updated[row] = day != DateColumn.NONE && day <= tDay ? day
                        : localDay(changes.baseSecond() + lastChange);
            }
            for (int f = 0; f < nf; f++) {
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
        IssueTable table = assemble(codes, numbers, scales, resolved, updated, missing, missingRows);
        return new Snapshot(table, t, tDay, codes, numbers, resolved, updated, missing);
    }

    /** Whether {@code row} has a change in ({@code before}, t]; a row's changes are in time order. */
    private boolean changedBetween(int row, long before) {
        for (int i = changes.start(row); i < changes.allEnd(row); i++) {
            long when = changes.atOffset(i);
            if (when > t) {
                return false;
            }
            if (when > before) {
                return true;
            }
        }
        return false;
    }

    /** Whether a current day falls in (the earlier instant's day, t's day]: comparing it with t's day flips. */
    private boolean dayBetween(int day, int dayBefore) {
        return day != DateColumn.NONE && day > dayBefore && day <= tDay;
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
