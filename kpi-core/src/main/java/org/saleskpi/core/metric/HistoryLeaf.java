package org.saleskpi.core.metric;

import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.IssueTable;

/**
 * A leaf that reads each selected row's changes (rows 11 to 15). One replay serves every figure of a
 * part (all statistics of the same visits, all bars of one movement): {@link Pass} plans the replay
 * once and reads its figures through {@link View}s. Without a change table, or when the host knows no
 * row's past, every figure is absent with {@link AbsentReason#NO_HISTORY}; rows whose past the host
 * does not know are left out.
 */
abstract class HistoryLeaf extends Leaf {
    final IssueTable table;
    /** Null when the table has no history the leaf can read. */
    final ChangeTable changes;
    final Batch batch;
    final TimeBins timeBins;
    final EventBins events;

    HistoryLeaf(SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins, IssueTable table,
            Batch batch) {
        super(selection, groups, groupCount, timeBins.binCount());
        this.table = table;
        this.changes = table.history().filter(h -> h.knownRows() > 0).orElse(null);
        this.batch = batch;
        this.timeBins = timeBins;
        this.events = new EventBins(timeBins, table.zone());
    }

    @Override
    final void accumulate(int[] rows, int n) {
        if (changes == null) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int batchRow = rows[i];
            int row = batch.from + batchRow;
            if (changes.known(row)) {
                row(batchRow, row);
            }
        }
    }

    /** Adds one selected row whose past is known. */
    abstract void row(int batchRow, int row);

    @Override
    void finish() {
    }

    @Override
    final Value value(int group, int slot) {
        throw new IllegalStateException("a history leaf is read through its views");
    }

    /** The figure {@code metric} asks of this replay, for a group in a slot. */
    abstract Value figure(Metric metric, int group, int slot);

    final Value read(Metric metric, int group, int slot) {
        return changes == null ? Value.absent(AbsentReason.NO_HISTORY) : figure(metric, group, slot);
    }

    /** The last epoch second the history knows of: the latest creation or change of a known row. */
    static long lastKnownSecond(ChangeTable changes) {
        long last = Long.MIN_VALUE;
        for (int row = 0; row < changes.size(); row++) {
            if (!changes.known(row)) {
                continue;
            }
            last = Math.max(last, changes.createdSecond(row));
            int end = changes.end(row);
            if (end > changes.start(row)) {
                last = Math.max(last, changes.atSecond(end - 1));
            }
        }
        return last;
    }

    /** One figure of a shared replay, as the leaf its request plans. */
    static final class View extends Leaf {
        private final HistoryLeaf base;
        private final Metric metric;

        View(HistoryLeaf base, Metric metric) {
            super(base.selection, base.groups, base.groupCount, base.bins);
            this.base = base;
            this.metric = metric;
        }

        @Override
        void accumulate(int[] rows, int n) {
            // The shared replay accumulates; a view only reads it.
        }

        @Override
        void finish() {
        }

        @Override
        Value value(int group, int slot) {
            return base.read(metric, group, slot);
        }
    }
}
