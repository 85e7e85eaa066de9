package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;

/**
 * Pipeline movement ({@link Metric.Movement}, KPI-DEFINITIONS.md row 15): each row's state at every
 * slot boundary, replayed once, and each slot's start and end states compared. Every bar is an exact
 * sum, so open at start + new + increased - decreased - won - lost - moved out = open at end.
 */
final class MovementLeaf extends HistoryLeaf {
    private static final Metric.MovementPart[] PARTS = Metric.MovementPart.values();

    private final PastState state;
    private final PastState.Test open;
    private final PastState.Test won;
    private final PastState.Test lost;
    private final int amountSlot;
    private final int scale;
    private final Unit unit;
    /** sums[(cell) * PARTS + part], cell = group * bins + bin. */
    private final long[] sums;
    private final boolean[] isOpen;
    private final boolean[] isWon;
    private final boolean[] isLost;
    private final long[] amount;

    MovementLeaf(Metric.Movement movement, SharedSelection selection, int[] groups, int groupCount,
            TimeBins timeBins, IssueTable table, Batch batch) {
        super(selection, groups, groupCount, timeBins, table, batch);
        Set<Column> columns = new LinkedHashSet<>(PastState.columnsOf(movement.open()));
        columns.addAll(PastState.columnsOf(movement.won()));
        columns.addAll(PastState.columnsOf(movement.lost()));
        movement.amount().ifPresent(columns::add);
        this.unit = movement.unit();
        this.state = changes == null ? null : new PastState(table, changes, columns);
        this.open = state == null ? null : state.compile(movement.open());
        this.won = state == null ? null : state.compile(movement.won());
        this.lost = state == null ? null : state.compile(movement.lost());
        this.amountSlot = state == null || movement.amount().isEmpty() ? -1 : state.slot(movement.amount().get());
        this.scale = amountSlot < 0 ? 0 : state.scale(amountSlot);
        this.sums = new long[groupCount * bins * PARTS.length];
        int bounds = events.slotCount() + 1;
        isOpen = new boolean[bounds];
        isWon = new boolean[bounds];
        isLost = new boolean[bounds];
        amount = new long[bounds];
    }

    @Override
    void row(int batchRow, int row) {
        long created = changes.createdSecond(row);
        state.start(row);
        int slots = events.slotCount();
        // Whether boundary j-1 saw the row's state already (created by then): if no change lands in between, the
        // state and so its tests and amount are the same at j.
        boolean known = false;
        for (int j = 0; j <= slots; j++) {
            // The state at a boundary is the one of the last second before it (docs/adr/0026): a change at
            // midnight of the first day belongs to the period, and one period's end is the next one's start.
            long at = (j < slots ? events.start(j) : events.end(slots - 1)) - 1;
            if (at < created) {
                // Not created yet: it is nothing at that instant.
                isOpen[j] = false;
                isWon[j] = false;
                isLost[j] = false;
                amount[j] = 0;
                continue;
            }
            if (!state.advanceThrough(at) && known) {
                isOpen[j] = isOpen[j - 1];
                isWon[j] = isWon[j - 1];
                isLost[j] = isLost[j - 1];
                amount[j] = amount[j - 1];
                continue;
            }
            known = true;
            isOpen[j] = open.test(state);
            isWon[j] = won.test(state);
            isLost[j] = lost.test(state);
            // Without an amount column each issue counts 1.
            long value = amountSlot < 0 ? 1 : state.value(amountSlot);
            amount[j] = value == NumberColumn.NONE ? 0 : value;
        }
        int group = group(batchRow);
        for (int s = 0; s < slots; s++) {
            int base = (group * bins + s + 1) * PARTS.length;
            long before = amount[s];
            long after = amount[s + 1];
            if (isOpen[s]) {
                add(base, Metric.MovementPart.OPEN_AT_START, before);
                if (isOpen[s + 1] || isWon[s + 1] || isLost[s + 1]) {
                    long change = Math.subtractExact(after, before);
                    add(base, change >= 0 ? Metric.MovementPart.INCREASED : Metric.MovementPart.DECREASED,
                            Math.abs(change));
                    if (!isOpen[s + 1]) {
                        add(base, isWon[s + 1] ? Metric.MovementPart.WON : Metric.MovementPart.LOST, after);
                    }
                } else {
                    add(base, Metric.MovementPart.MOVED_OUT, before);
                }
            } else if (isOpen[s + 1]) {
                add(base, Metric.MovementPart.NEW, after);
            }
            if (isOpen[s + 1]) {
                add(base, Metric.MovementPart.OPEN_AT_END, after);
            }
        }
    }

    private void add(int base, Metric.MovementPart part, long value) {
        int cell = base + part.ordinal();
        // Exact: an overflow fails loudly instead of wrapping.
        sums[cell] = Math.addExact(sums[cell], value);
    }

    @Override
    Value figure(Metric metric, int group, int slot) {
        Metric.MovementPart part = ((Metric.Movement) metric).part();
        long sum = sums[(group * bins + slot + 1) * PARTS.length + part.ordinal()];
        return Value.of(BigDecimal.valueOf(sum, scale), unit);
    }
}
