package org.saleskpi.core.metric;

import java.util.HashMap;
import java.util.Map;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;

/**
 * The decoded columns of one slice of rows. Every coded and date column a plan needs is decoded
 * once per slice into an int buffer, and every date column also into the time bin of each row,
 * so that all filters and aggregations of the pass share that work. Numbers are read from their
 * column only for the rows an aggregation selects.
 */
final class Batch {
    static final int SIZE = 4096;

    private final IssueTable table;
    private final TimeBins timeBins;
    private final Map<Column, int[]> ints = new HashMap<>();
    private final Map<Column, int[]> bins = new HashMap<>();
    final int[] all = new int[SIZE];
    int size;
    /** Table row of the batch's row 0. */
    int from;
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

    /** Time bin of each row for a date column (see {@link TimeBins}); -1 when outside. */
    int[] bins(Column date) {
        ints(date);
        return bins.computeIfAbsent(date, c -> new int[SIZE]);
    }

    void load(int from, int to) {
        this.size = to - from;
        this.from = from;
        stamp++;
        for (Map.Entry<Column, int[]> entry : ints.entrySet()) {
            Column column = entry.getKey();
            if (column.type() == FieldType.DATE) {
                table.dates(column).decode(from, to, entry.getValue());
            } else {
                table.codes(column).decode(from, to, entry.getValue());
            }
        }
        for (Map.Entry<Column, int[]> entry : bins.entrySet()) {
            timeBins.binAll(ints.get(entry.getKey()), entry.getValue(), size);
        }
    }
}
