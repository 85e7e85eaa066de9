package org.saleskpi.core.metric;

import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;

/**
 * How far one issue got through the steps of a funnel (KPI-DEFINITIONS.md row 11), replayed from its
 * visits: the one rule behind the funnel's counts ({@link ReachLeaf}) and the issues they drill into
 * ({@link ReachedKeys}), so that a step's list holds exactly the issues its number counts.
 */
final class StepDepth {
    private final ChangeTable changes;
    private final Column column;
    private final boolean strict;
    /** Per code of the column's history dictionary: its step, or -1. */
    private final int[] stepOfCode;
    private int depth;
    private long firstEntry;

    StepDepth(ChangeTable changes, Column column, Dimension.Steps steps, boolean strict) {
        this.changes = changes;
        this.column = column;
        this.strict = strict;
        List<String> dictionary = changes.dictionary(column);
        stepOfCode = new int[dictionary.size()];
        for (int code = 0; code < stepOfCode.length; code++) {
            stepOfCode[code] = code == 0 ? -1 : steps.indexOf(dictionary.get(code));
        }
    }

    /**
     * Replays {@code row}'s visits; then {@link #depth()} and {@link #cohortEvent} read it. Cumulative: one past the
     * furthest step ever visited (a skipped step counts as passed). Strict: one past the last step of the longest
     * run 1, 2, ..., k entered in that order, earlier entries first (other visits between them do not break it).
     */
    void replay(int row) {
        depth = 0;
        firstEntry = ChangeTable.OPEN;
        changes.visits(row, column, Long.MAX_VALUE, this::visit);
    }

    private void visit(int code, long entered, long left) {
        int step = stepOfCode[code];
        if (step == 0 && firstEntry == ChangeTable.OPEN) {
            firstEntry = entered;
        }
        if (step < 0) {
            return;
        }
        if (strict) {
            if (step == depth) {
                depth++;
            }
        } else {
            depth = Math.max(depth, step + 1);
        }
    }

    /** How many steps the replayed row reached: it reached steps 0 to depth - 1. */
    int depth() {
        return depth;
    }

    /**
     * The epoch second that puts the replayed row in a cohort: its creation, or its first entry into the first
     * step ({@link ChangeTable#OPEN} when it never entered it: then it is in no cohort of entries).
     */
    long cohortEvent(int row, Metric.Cohort cohort) {
        return cohort == Metric.Cohort.CREATED ? changes.createdSecond(row) : firstEntry;
    }
}
