package org.saleskpi.core.metric;

import java.util.LinkedHashSet;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.IssueTable;

/**
 * Close-date pushes ({@link Metric.Pushes}, KPI-DEFINITIONS.md row 14): replays each row's state to
 * know when it was open, and counts the moves of its date to a later one made while it was.
 */
final class PushesLeaf extends HistoryLeaf {
    private final PastState state;
    private final PastState.Test open;
    private final int dateSlot;
    private final boolean dateTracked;
    private final long[] pushes;
    private final long[] days;
    private final long[] openIssues;
    private final long[] pushedIssues;
    private final long[] slipping;
    private final int[] openStamp;
    private final int[] pushedStamp;
    private int stamp;
    // The date changes of the instant being applied.
    private long[] movedFrom = new long[4];
    private long[] movedTo = new long[4];
    private int moved;

    PushesLeaf(Metric.Pushes pushes, SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins,
            IssueTable table, Batch batch) {
        super(selection, groups, groupCount, timeBins, table, batch);
        Set<Column> columns = new LinkedHashSet<>(PastState.columnsOf(pushes.open()));
        columns.add(pushes.date());
        this.dateTracked = changes != null && changes.tracks(pushes.date());
        this.state = changes == null ? null : new PastState(table, changes, columns);
        this.open = state == null ? null : state.compile(pushes.open());
        this.dateSlot = state == null ? -1 : state.slot(pushes.date());
        int cells = groupCount * bins;
        this.pushes = new long[cells];
        this.days = new long[cells];
        this.openIssues = new long[cells];
        this.pushedIssues = new long[cells];
        this.slipping = new long[cells];
        this.openStamp = new int[events.slotCount()];
        this.pushedStamp = new int[events.slotCount()];
    }

    @Override
    void row(int batchRow, int row) {
        int cellBase = group(batchRow) * bins;
        stamp++;
        int total = 0;
        state.start(row);
        long t = changes.createdSecond(row);
        moved = 0;
        state.advanceThrough(t, this::heard);
        while (true) {
            boolean isOpen = open.test(state);
            // A push is judged in the state after its instant: a close date set as the deal is won is no push.
            for (int i = 0; i < moved && isOpen; i++) {
                if (movedFrom[i] != DateColumn.NONE && movedTo[i] != DateColumn.NONE && movedTo[i] > movedFrom[i]) {
                    total++;
                    int bin = events.bin(t);
                    if (bin >= 0) {
                        pushes[cellBase + bin]++;
                        days[cellBase + bin] += movedTo[i] - movedFrom[i];
                        if (bin >= 1) {
                            pushedStamp[bin - 1] = stamp;
                        }
                    }
                }
            }
            long next = state.nextSecond();
            for (int slot = 0; slot < events.slotCount(); slot++) {
                long start = events.start(slot);
                long end = events.end(slot);
                if (isOpen && start < next && end > t) {
                    openStamp[slot] = stamp;
                }
                // The state at the end of the slot (its last second) is this one when that falls in [t, next).
                if (isOpen && end - 1 >= t && end - 1 < next && total >= Metric.Pushes.SLIPPING_PUSHES) {
                    slipping[cellBase + slot + 1]++;
                }
            }
            if (next == Long.MAX_VALUE) {
                break;
            }
            t = next;
            moved = 0;
            state.advanceThrough(t, this::heard);
        }
        for (int slot = 0; slot < events.slotCount(); slot++) {
            if (openStamp[slot] == stamp) {
                openIssues[cellBase + slot + 1]++;
                if (pushedStamp[slot] == stamp) {
                    pushedIssues[cellBase + slot + 1]++;
                }
            }
        }
    }

    private void heard(int slot, long from, long to) {
        if (slot != dateSlot) {
            return;
        }
        if (moved == movedFrom.length) {
            movedFrom = java.util.Arrays.copyOf(movedFrom, moved * 2);
            movedTo = java.util.Arrays.copyOf(movedTo, moved * 2);
        }
        movedFrom[moved] = from;
        movedTo[moved] = to;
        moved++;
    }

    @Override
    Value figure(Metric metric, int group, int slot) {
        if (!dateTracked) {
            return Value.absent(AbsentReason.NO_HISTORY);
        }
        int cell = group * bins + slot + 1;
        return switch (((Metric.Pushes) metric).figure()) {
            case PUSHES -> Value.of(pushes[cell], Unit.COUNT);
            case OPEN_ISSUES -> Value.of(openIssues[cell], Unit.COUNT);
            case PUSHED_ISSUES -> Value.of(pushedIssues[cell], Unit.COUNT);
            case DAYS_PUSHED -> Value.of(days[cell], Unit.DAYS);
            case SLIPPING -> Value.of(slipping[cell], Unit.COUNT);
        };
    }
}
