package org.saleskpi.core.metric;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.IssueTable;

/**
 * The close-date push rule of KPI-DEFINITIONS.md row 14, replayed one row at a time: a push is a change of the
 * date to a later one, judged in the state after its instant (a close date set as the deal is won is no push).
 * Shared by what counts pushes over periods and what lists the slipping deals ({@link PushCounts}).
 */
final class PushReplay {
    private final ChangeTable changes;
    private final PastState state;
    private final PastState.Test open;
    private final int dateSlot;
    // The date changes of the instant being applied.
    private long[] movedFrom = new long[4];
    private long[] movedTo = new long[4];
    private int moved;

    /** Hears each instant of a row's history, from its creation on. */
    interface Sink {
        /**
         * The row's state from {@code second} until {@code next} ({@link Long#MAX_VALUE} for the last one):
         * whether it passed {@code open}, and the pushes made at {@code second} and the days they moved the date.
         */
        void instant(long second, long next, boolean open, int pushes, long days);
    }

    PushReplay(IssueTable table, ChangeTable changes, Filter open, Column date) {
        Set<Column> columns = new LinkedHashSet<>(PastState.columnsOf(open));
        columns.add(date);
        this.changes = changes;
        this.state = new PastState(table, changes, columns);
        this.open = state.compile(open);
        this.dateSlot = state.slot(date);
    }

    void replay(int row, Sink sink) {
        state.start(row);
        long t = changes.createdSecond(row);
        moved = 0;
        state.advanceThrough(t, this::heard);
        while (true) {
            boolean isOpen = open.test(state);
            int pushes = 0;
            long days = 0;
            for (int i = 0; i < moved && isOpen; i++) {
                if (movedFrom[i] != DateColumn.NONE && movedTo[i] != DateColumn.NONE && movedTo[i] > movedFrom[i]) {
                    pushes++;
                    days += movedTo[i] - movedFrom[i];
                }
            }
            long next = state.nextSecond();
            sink.instant(t, next, isOpen, pushes, days);
            if (next == Long.MAX_VALUE) {
                return;
            }
            t = next;
            moved = 0;
            state.advanceThrough(t, this::heard);
        }
    }

    private void heard(int slot, long from, long to) {
        if (slot != dateSlot) {
            return;
        }
        if (moved == movedFrom.length) {
            movedFrom = Arrays.copyOf(movedFrom, moved * 2);
            movedTo = Arrays.copyOf(movedTo, moved * 2);
        }
        movedFrom[moved] = from;
        movedTo[moved] = to;
        moved++;
    }
}
