package org.saleskpi.core.metric;

import org.saleskpi.core.issue.IssueTable;

/**
 * Close-date pushes ({@link Metric.Pushes}, KPI-DEFINITIONS.md row 14): replays each row's state to
 * know when it was open, and counts the moves of its date to a later one made while it was.
 */
final class PushesLeaf extends HistoryLeaf implements PushReplay.Sink {
    /** The push rule, shared with the slipping deals who's behind lists; null without history. */
    private final PushReplay replay;
    private final boolean dateTracked;
    private final long[] pushes;
    private final long[] days;
    private final long[] openIssues;
    private final long[] pushedIssues;
    private final long[] slipping;
    private final int[] openStamp;
    private final int[] pushedStamp;
    private int stamp;
    // The row being replayed: its first cell and its pushes so far.
    private int cellBase;
    private int total;

    PushesLeaf(Metric.Pushes pushes, SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins,
            IssueTable table, Batch batch) {
        super(selection, groups, groupCount, timeBins, table, batch);
        this.dateTracked = changes != null && changes.tracks(pushes.date());
        this.replay = changes == null ? null : new PushReplay(table, changes, pushes.open(), pushes.date());
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
        cellBase = group(batchRow) * bins;
        stamp++;
        total = 0;
        replay.replay(row, this);
        for (int slot = 0; slot < events.slotCount(); slot++) {
            if (openStamp[slot] == stamp) {
                openIssues[cellBase + slot + 1]++;
                if (pushedStamp[slot] == stamp) {
                    pushedIssues[cellBase + slot + 1]++;
                }
            }
        }
    }

    @Override
    public void instant(long t, long next, boolean isOpen, int pushed, long daysPushed) {
        if (pushed > 0) {
            total += pushed;
            int bin = events.bin(t);
            if (bin >= 0) {
                pushes[cellBase + bin] += pushed;
                days[cellBase + bin] += daysPushed;
                if (bin >= 1) {
                    pushedStamp[bin - 1] = stamp;
                }
            }
        }
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
