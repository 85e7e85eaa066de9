package org.saleskpi.core.metric;

import java.util.Arrays;
import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * Time in a value, per (issue, value) pair ({@link Metric.Visits}, KPI-DEFINITIONS.md row 12): keeps the
 * seconds of every counted pair per group and bin, so that count, mean and any percentile read the
 * same replay.
 */
final class VisitsLeaf extends HistoryLeaf {
    private static final long SECONDS_PER_DAY = 86_400;

    private final Column column;
    private final Metric.VisitScope scope;
    /** Per code of the column's history dictionary: the group of a pair in that value, or -1 when not counted. */
    private final int[] groupOfCode;
    private final boolean byValue;
    private final long lastKnown;
    private final long[][] lists;
    private final int[] sizes;
    // Per-row scratch: the row's distinct values with their summed seconds and last visit.
    private int[] rowCodes = new int[8];
    private long[] rowSeconds = new long[8];
    private long[] rowLastLeft = new long[8];
    private int rowValues;

    VisitsLeaf(Metric.Visits visits, SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins,
            IssueTable table, Batch batch, Dimension dimension) {
        super(selection, groups, groupCount, timeBins, table, batch);
        this.column = visits.column();
        this.scope = visits.scope();
        this.byValue = dimension instanceof Dimension.Steps steps && steps.column().equals(column);
        ChangeTable history = changes;
        if (history != null && !history.tracks(column)) {
            throw new IllegalArgumentException("the history holds no changes of " + column.id());
        }
        List<String> dictionary = history == null ? List.of("") : history.dictionary(column);
        groupOfCode = new int[dictionary.size()];
        for (int code = 0; code < groupOfCode.length; code++) {
            String value = dictionary.get(code);
            boolean counted = code != 0 && visits.values().contains(value);
            int group = !counted ? -1 : byValue ? ((Dimension.Steps) dimension).indexOf(value) : 0;
            groupOfCode[code] = group;
        }
        this.lastKnown = history == null ? 0 : lastKnownSecond(history);
        lists = new long[groupCount * bins][];
        sizes = new int[groupCount * bins];
    }

    @Override
    void row(int batchRow, int row) {
        int rowGroup = group(batchRow);
        if (scope == Metric.VisitScope.OPEN) {
            changes.visits(row, column, lastKnown, (code, entered, left) -> open(code, entered, left, rowGroup));
            return;
        }
        rowValues = 0;
        changes.visits(row, column, Long.MAX_VALUE, this::collect);
        for (int i = 0; i < rowValues; i++) {
            int group = groupOfCode[rowCodes[i]];
            if (group < 0 || rowLastLeft[i] == ChangeTable.OPEN) {
                continue; // a pair whose last visit goes on has not ended: it shows in current age
            }
            int bin = events.bin(rowLastLeft[i]);
            if (bin >= 0) {
                add((byValue ? group : rowGroup) * bins + bin, rowSeconds[i]);
            }
        }
    }

    /** Sums a row's visits per value, remembering when the last one left. */
    private void collect(int code, long entered, long left) {
        if (groupOfCode[code] < 0) {
            return;
        }
        int i = 0;
        while (i < rowValues && rowCodes[i] != code) {
            i++;
        }
        if (i == rowValues) {
            if (i == rowCodes.length) {
                rowCodes = Arrays.copyOf(rowCodes, i * 2);
                rowSeconds = Arrays.copyOf(rowSeconds, i * 2);
                rowLastLeft = Arrays.copyOf(rowLastLeft, i * 2);
            }
            rowCodes[i] = code;
            rowSeconds[i] = 0;
            rowValues++;
        }
        if (left != ChangeTable.OPEN) {
            rowSeconds[i] += left - entered;
        }
        rowLastLeft[i] = left;
    }

    /** A visit open at the end of a slot (capped at the last known instant) adds its age to that slot. */
    private void open(int code, long entered, long left, int rowGroup) {
        int group = groupOfCode[code];
        if (group < 0) {
            return;
        }
        int cellGroup = byValue ? group : rowGroup;
        for (int slot = 0; slot < events.slotCount(); slot++) {
            long end = events.end(slot);
            long at = Math.min(end, lastKnown);
            // Open at the end of the slot: in it during its last second (or at the last known instant).
            long last = at == end ? end - 1 : at;
            if (entered <= last && (left == ChangeTable.OPEN || left > last)) {
                add(cellGroup * bins + slot + 1, at - entered);
            }
        }
    }

    private void add(int cell, long seconds) {
        long[] list = lists[cell];
        int size = sizes[cell];
        if (list == null) {
            list = new long[8];
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
        }
        list[size] = seconds;
        lists[cell] = list;
        sizes[cell] = size + 1;
    }

    @Override
    Value figure(Metric metric, int group, int slot) {
        Metric.Visits visits = (Metric.Visits) metric;
        int cell = group * bins + slot + 1;
        long[] list = lists[cell] == null ? new long[0] : lists[cell];
        return visits.statistic().of(list, sizes[cell], SECONDS_PER_DAY, AggregateLeaf.DIVISION)
                .map(v -> Value.of(v, visits.unit())).orElse(Value.absent(AbsentReason.NO_DATA));
    }
}
