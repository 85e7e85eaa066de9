package org.saleskpi.core.metric;

import java.util.HashMap;
import java.util.Map;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;

/**
 * The decoded columns of one slice of rows. Every column a plan needs is decoded once per slice
 * into a primitive buffer, and every date column also into the time bin of each row, so that
 * all filters and aggregations of the pass share that work.
 */
final class Batch {
    static final int SIZE = 4096;

    private final IssueTable table;
    private final TimeBins timeBins;
    private final Map<Column, int[]> ints = new HashMap<>();
    private final Map<Column, long[]> longs = new HashMap<>();
    private final Map<Column, int[]> bins = new HashMap<>();
    final int[] all = new int[SIZE];
    int size;
    int stamp;

    Batch(IssueTable table, TimeBins timeBins) {
        this.table = table;
        this.timeBins = timeBins;
        for (int i = 0; i < SIZE; i++) {
            all[i] = i;
        }
    }

    /** The codes (coded column) or epoch days (date column) buffer of a column. */
    int[] ints(Column column) {
        if (column.type() == FieldType.NUMBER) {
            throw new IllegalArgumentException("number column " + column.id() + " has no int buffer");
        }
        return ints.computeIfAbsent(column, c -> new int[SIZE]);
    }

    long[] longs(Column column) {
        if (column.type() != FieldType.NUMBER) {
            throw new IllegalArgumentException(column.id() + " is not a number column");
        }
        return longs.computeIfAbsent(column, c -> new long[SIZE]);
    }

    /** Time bin of each row for a date column (see {@link TimeBins}); -1 when outside. */
    int[] bins(Column date) {
        ints(date);
        return bins.computeIfAbsent(date, c -> new int[SIZE]);
    }

    void load(int from, int to) {
        size = to - from;
        stamp++;
        for (Map.Entry<Column, int[]> entry : ints.entrySet()) {
            Column column = entry.getKey();
            if (column.type() == FieldType.DATE) {
                table.dates(column).decode(from, to, entry.getValue());
            } else {
                table.codes(column).decode(from, to, entry.getValue());
            }
        }
        for (Map.Entry<Column, long[]> entry : longs.entrySet()) {
            table.numbers(entry.getKey()).decode(from, to, entry.getValue());
        }
        for (Map.Entry<Column, int[]> entry : bins.entrySet()) {
            timeBins.binAll(ints.get(entry.getKey()), entry.getValue(), size);
        }
    }

    static boolean isNone(int day) {
        return day == DateColumn.NONE;
    }
}
