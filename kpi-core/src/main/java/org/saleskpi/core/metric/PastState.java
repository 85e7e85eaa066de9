package org.saleskpi.core.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.CodeColumn;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;

/**
 * One row's state through time, for the columns some filters and numbers read, replayed from its
 * changes (KPI-DEFINITIONS.md, "state of an issue as of instant t": the creation state with every
 * change up to and including t applied). A column whose changes were not loaded keeps its current
 * value. Filters compile against it ({@link #compile}) and test the state the replay has reached.
 */
final class PastState {
    private final IssueTable table;
    private final ChangeTable changes;
    private final List<Column> columns;
    /** Slot of each change-table column index, or -1 for columns no one here reads. */
    private final int[] slotOfTracked;
    private final boolean[] tracked;
    /** Per slot: a code (coded), an epoch day (date) or an unscaled number at {@link #scale} (number). */
    private final long[] state;
    private final int[] scale;
    private final long[] factorOfChanges;
    private final long[] factorOfTable;
    /** Each slot's column of today's table, looked up once (null when the table lacks it or it is of another kind). */
    private final CodeColumn[] codesNow;
    private final DateColumn[] datesNow;
    private final NumberColumn[] numbersNow;
    private int row;
    private int next;
    private int end;

    PastState(IssueTable table, ChangeTable changes, Set<Column> wanted) {
        this.table = table;
        this.changes = changes;
        this.columns = new ArrayList<>(wanted);
        int n = columns.size();
        this.slotOfTracked = new int[changes.tracked().size()];
        Arrays.fill(slotOfTracked, -1);
        this.tracked = new boolean[n];
        this.state = new long[n];
        this.scale = new int[n];
        this.factorOfChanges = new long[n];
        this.factorOfTable = new long[n];
        this.codesNow = new CodeColumn[n];
        this.datesNow = new DateColumn[n];
        this.numbersNow = new NumberColumn[n];
        for (int slot = 0; slot < n; slot++) {
            Column column = columns.get(slot);
            if (table.has(column)) {
                switch (column.type()) {
                    case TEXT, OPTION, USER -> codesNow[slot] = table.codes(column);
                    case DATE -> datesNow[slot] = table.dates(column);
                    case NUMBER -> numbersNow[slot] = table.numbers(column);
                    default -> throw new IllegalStateException("unknown field type " + column.type());
                }
            }
            int index = changes.indexOf(column);
            tracked[slot] = index >= 0;
            if (index >= 0) {
                slotOfTracked[index] = slot;
            }
            if (column.type() == FieldType.NUMBER) {
                int tableScale = table.has(column) ? table.numbers(column).scale() : 0;
                int changeScale = index >= 0 ? changes.numberScale(column) : 0;
                scale[slot] = Math.max(tableScale, changeScale);
                factorOfTable[slot] = pow10(scale[slot] - tableScale);
                factorOfChanges[slot] = pow10(scale[slot] - changeScale);
            }
        }
    }

    /** Every column a filter reads. */
    static Set<Column> columnsOf(Filter filter) {
        Set<Column> found = new LinkedHashSet<>();
        collect(filter, found);
        return found;
    }

    private static void collect(Filter filter, Set<Column> found) {
        if (filter instanceof Filter.In in) {
            found.add(in.column());
        } else if (filter instanceof Filter.Empty empty) {
            found.add(empty.column());
        } else if (filter instanceof Filter.Not not) {
            collect(not.filter(), found);
        } else if (filter instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, found));
        } else if (filter instanceof Filter.Or or) {
            or.filters().forEach(f -> collect(f, found));
        } else if (!(filter instanceof Filter.All)) {
            throw new IllegalStateException("cannot replay filter " + filter.getClass().getName());
        }
    }

    /** The slot of a column given at construction. */
    int slot(Column column) {
        int slot = columns.indexOf(column);
        if (slot < 0) {
            throw new IllegalArgumentException("column not replayed: " + column.id());
        }
        return slot;
    }

    /** The scale of a number slot's unscaled values. */
    int scale(int slot) {
        return scale[slot];
    }

    /** Puts the replay at {@code row}'s creation: every column in its initial value. */
    void start(int row) {
        this.row = row;
        this.next = changes.start(row);
        this.end = changes.end(row);
        for (int slot = 0; slot < columns.size(); slot++) {
            state[slot] = current(slot);
        }
        // Walking back from now: each change's "from" is the value before it, so the first one's wins.
        for (int change = end - 1; change >= next; change--) {
            int slot = slotOfTracked[changes.columnIndex(change)];
            if (slot >= 0) {
                state[slot] = decoded(slot, changes.fromCode(change));
            }
        }
    }

    /** The second of the next change the replay has not applied to a replayed column, or {@link Long#MAX_VALUE}. */
    long nextSecond() {
        while (next < end && slotOfTracked[changes.columnIndex(next)] < 0) {
            next++;
        }
        return next < end ? changes.atSecond(next) : Long.MAX_VALUE;
    }

    /** Applies every change up to and including {@code second}; {@code listener} hears each applied change. */
    void advanceThrough(long second, ChangeListener listener) {
        while (nextSecond() <= second) {
            int change = next++;
            int slot = slotOfTracked[changes.columnIndex(change)];
            long before = state[slot];
            state[slot] = decoded(slot, changes.toCode(change));
            if (listener != null) {
                listener.applied(slot, before, state[slot]);
            }
        }
    }

    /** Applies every change up to and including {@code second}; whether any was applied. */
    boolean advanceThrough(long second) {
        if (nextSecond() > second) {
            return false;
        }
        advanceThrough(second, null);
        return true;
    }

    /** Hears the changes a replay applies, e.g. the close date moved from one day to another. */
    @FunctionalInterface
    interface ChangeListener {
        void applied(int slot, long from, long to);
    }

    /** The value of a slot now reached: a code, an epoch day ({@link DateColumn#NONE} empty) or an unscaled number. */
    long value(int slot) {
        return state[slot];
    }

    private long current(int slot) {
        // Per row and slot: the columns were looked up once, not by a set and a map lookup each time.
        if (codesNow[slot] != null) {
            return codesNow[slot].code(row);
        }
        if (datesNow[slot] != null) {
            return datesNow[slot].day(row);
        }
        if (numbersNow[slot] != null) {
            long v = numbersNow[slot].unscaled(row);
            return v == NumberColumn.NONE ? v : Math.multiplyExact(v, factorOfTable[slot]);
        }
        return empty(columns.get(slot));
    }

    private long decoded(int slot, int code) {
        Column column = columns.get(slot);
        return switch (column.type()) {
            case TEXT, OPTION, USER, DATE -> code;
            case NUMBER -> {
                long v = changes.unscaled(column, code);
                yield v == NumberColumn.NONE ? v : Math.multiplyExact(v, factorOfChanges[slot]);
            }
        };
    }

    private static long empty(Column column) {
        return switch (column.type()) {
            case TEXT, OPTION, USER -> CodeColumn.EMPTY;
            case DATE -> DateColumn.NONE;
            case NUMBER -> NumberColumn.NONE;
        };
    }

    private static long pow10(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result = Math.multiplyExact(result, 10L);
        }
        return result;
    }

    /** A filter as a test of the state the replay has reached. */
    abstract static class Test {
        abstract boolean test(PastState state);
    }

    /** Compiles {@code filter}; its columns must be among the replayed ones. */
    Test compile(Filter filter) {
        if (filter instanceof Filter.All) {
            return new Test() {
                @Override
                boolean test(PastState s) {
                    return true;
                }
            };
        }
        if (filter instanceof Filter.In in) {
            int slot = slot(in.column());
            boolean[] accepted = accepted(slot, in.values());
            return new Test() {
                @Override
                boolean test(PastState s) {
                    int code = (int) s.state[slot];
                    return code < accepted.length && accepted[code];
                }
            };
        }
        if (filter instanceof Filter.Empty empty) {
            int slot = slot(empty.column());
            long none = empty(empty.column());
            return new Test() {
                @Override
                boolean test(PastState s) {
                    return s.state[slot] == none;
                }
            };
        }
        if (filter instanceof Filter.Not not) {
            Test inner = compile(not.filter());
            return new Test() {
                @Override
                boolean test(PastState s) {
                    return !inner.test(s);
                }
            };
        }
        if (filter instanceof Filter.And and) {
            Test[] parts = and.filters().stream().map(this::compile).toArray(Test[]::new);
            return new Test() {
                @Override
                boolean test(PastState s) {
                    for (Test part : parts) {
                        if (!part.test(s)) {
                            return false;
                        }
                    }
                    return true;
                }
            };
        }
        if (filter instanceof Filter.Or or) {
            Test[] parts = or.filters().stream().map(this::compile).toArray(Test[]::new);
            return new Test() {
                @Override
                boolean test(PastState s) {
                    for (Test part : parts) {
                        if (part.test(s)) {
                            return true;
                        }
                    }
                    return false;
                }
            };
        }
        throw new IllegalStateException("cannot replay filter " + filter.getClass().getName());
    }

    /** Which codes of a coded slot are among {@code values}: in the change table's dictionary when tracked. */
    private boolean[] accepted(int slot, Set<String> values) {
        Column column = columns.get(slot);
        if (tracked[slot]) {
            List<String> dictionary = changes.dictionary(column);
            boolean[] accepted = new boolean[dictionary.size()];
            for (String value : values) {
                int code = changes.codeOf(column, value);
                if (code > 0) {
                    accepted[code] = true;
                }
            }
            return accepted;
        }
        if (!table.has(column)) {
            return new boolean[1];
        }
        CodeColumn codes = table.codes(column);
        boolean[] accepted = new boolean[codes.cardinality()];
        for (String value : values) {
            int code = codes.codeOf(value);
            if (code > 0) {
                accepted[code] = true;
            }
        }
        return accepted;
    }
}
