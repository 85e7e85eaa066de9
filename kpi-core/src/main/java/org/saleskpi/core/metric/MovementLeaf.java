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
    /** The second each slot boundary's state is read at: the last one before the boundary (docs/adr/0026). */
    private final long[] boundaryAt;
    /**
     * Per group, the changes of the open amount from one boundary to the next (openDelta[group * (boundaries
     * + 1) + j]): a row open with the same amount over boundaries a .. b-1 adds it at a and takes it back at b,
     * instead of adding it to every slot between. {@link #finish} sums them into open at start and at end.
     */
    private final long[] openDelta;

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
        int slots = events.slotCount();
        boundaryAt = new long[slots + 1];
        for (int j = 0; j <= slots; j++) {
            // A change at midnight of the first day belongs to the period, and one period's end is the next one's start.
            boundaryAt[j] = (j < slots ? events.start(j) : events.end(slots - 1)) - 1;
        }
        openDelta = new long[groupCount * (slots + 2)];
    }

    @Override
    void row(int batchRow, int row) {
        long created = changes.createdSecond(row);
        state.start(row);
        int slots = events.slotCount();
        int group = group(batchRow);
        int deltas = group * (slots + 2);
        // The state at the last boundary read: before its creation a row is nothing (not open, no amount).
        boolean wasOpen = false;
        long was = 0;
        int openSince = -1;
        boolean known = false;
        for (int j = 0; j <= slots; j++) {
            long at = boundaryAt[j];
            if (at < created) {
                continue;
            }
            // Without a change since the last boundary read, the state, its tests and its amount are the same:
            // only the open amount carries over, which openDelta counts.
            if (!state.advanceThrough(at) && known) {
                continue;
            }
            known = true;
            boolean isOpen = open.test(state);
            boolean isWon = won.test(state);
            boolean isLost = lost.test(state);
            // Without an amount column each issue counts 1.
            long value = amountSlot < 0 ? 1 : state.value(amountSlot);
            long amount = value == NumberColumn.NONE ? 0 : value;
            if (j > 0) {
                moved((group * bins + j) * PARTS.length, wasOpen, was, isOpen, isWon, isLost, amount);
            }
            if (wasOpen) {
                openDelta[deltas + openSince] = Math.addExact(openDelta[deltas + openSince], was);
                openDelta[deltas + j] = Math.subtractExact(openDelta[deltas + j], was);
            }
            wasOpen = isOpen;
            was = amount;
            openSince = j;
        }
        if (wasOpen) {
            openDelta[deltas + openSince] = Math.addExact(openDelta[deltas + openSince], was);
        }
    }

    /**
     * The bars of the slot between two boundaries (base: its cell's first part) but open at start and at end:
     * an open deal's amount change, its winning or losing, its leaving the pipeline, or a new open deal.
     */
    private void moved(int base, boolean wasOpen, long before, boolean isOpen, boolean isWon, boolean isLost,
            long after) {
        if (wasOpen) {
            if (isOpen || isWon || isLost) {
                long change = Math.subtractExact(after, before);
                add(base, change >= 0 ? Metric.MovementPart.INCREASED : Metric.MovementPart.DECREASED,
                        Math.abs(change));
                if (!isOpen) {
                    add(base, isWon ? Metric.MovementPart.WON : Metric.MovementPart.LOST, after);
                }
            } else {
                add(base, Metric.MovementPart.MOVED_OUT, before);
            }
        } else if (isOpen) {
            add(base, Metric.MovementPart.NEW, after);
        }
    }

    /** Open at start of a slot is the open amount at its first boundary; open at end, at its last. */
    @Override
    void finish() {
        int slots = events.slotCount();
        for (int group = 0; group < groupCount; group++) {
            long openAt = 0;
            for (int j = 0; j <= slots; j++) {
                openAt = Math.addExact(openAt, openDelta[group * (slots + 2) + j]);
                if (j < slots) {
                    add((group * bins + j + 1) * PARTS.length, Metric.MovementPart.OPEN_AT_START, openAt);
                }
                if (j > 0) {
                    add((group * bins + j) * PARTS.length, Metric.MovementPart.OPEN_AT_END, openAt);
                }
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
