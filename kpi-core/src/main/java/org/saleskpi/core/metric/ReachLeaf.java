package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * Funnel reach per step ({@link Metric.Reach}, KPI-DEFINITIONS.md row 11): for each cohort issue, how
 * deep it got through the steps, counted in the bin of its cohort event (its creation, or its first
 * entry into the first step).
 */
final class ReachLeaf extends HistoryLeaf {
    private final Column column;
    private final Metric.Cohort cohort;
    private final boolean strict;
    /** Whether it is grouped by its steps: a reach has no figure in any other grouping. */
    private final boolean perStep;
    private final int steps;
    /** Per code of the column's history dictionary: its step, or -1. */
    private final int[] stepOfCode;
    /** reached[step * bins + bin]. */
    private final long[] reached;
    private int depth;
    private long firstEntry;

    ReachLeaf(Metric.Reach reach, SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins,
            IssueTable table, Batch batch, Dimension dimension) {
        super(selection, groups, groupCount, timeBins, table, batch);
        this.perStep = dimension instanceof Dimension.Steps s && s.column().equals(reach.column());
        Dimension.Steps byStep = perStep ? (Dimension.Steps) dimension : null;
        this.column = reach.column();
        this.cohort = reach.cohort();
        this.strict = reach.strict();
        this.steps = perStep ? byStep.steps().size() : 1;
        if (changes != null && !changes.tracks(column)) {
            throw new IllegalArgumentException("the history holds no changes of " + column.id());
        }
        List<String> dictionary = changes == null ? List.of("") : changes.dictionary(column);
        stepOfCode = new int[dictionary.size()];
        for (int code = 0; code < stepOfCode.length; code++) {
            stepOfCode[code] = code == 0 || !perStep ? -1 : byStep.indexOf(dictionary.get(code));
        }
        reached = new long[steps * bins];
    }

    @Override
    void row(int batchRow, int row) {
        if (!perStep) {
            return;
        }
        depth = 0;
        firstEntry = ChangeTable.OPEN;
        changes.visits(row, column, Long.MAX_VALUE, this::visit);
        long event = cohort == Metric.Cohort.CREATED ? changes.createdSecond(row) : firstEntry;
        if (event == ChangeTable.OPEN) {
            return; // never in the first step: not in a cohort of entries
        }
        int bin = events.bin(event);
        if (bin < 0) {
            return;
        }
        for (int step = 0; step < depth; step++) {
            reached[step * bins + bin]++;
        }
    }

    /**
     * Cumulative: the depth is one past the furthest step ever visited (a skipped step counts as passed).
     * Strict: one past the last step of the longest run 1, 2, ..., k entered in that order, earlier
     * entries first (other visits between them do not break it).
     */
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

    @Override
    Value figure(Metric metric, int group, int slot) {
        Metric.Reach reach = (Metric.Reach) metric;
        if (!perStep) {
            // A funnel grouped by rep or customer has no steps to count: the grouping does not configure it.
            return Value.absent(AbsentReason.NOT_CONFIGURED);
        }
        int bin = slot + 1;
        long here = reached[group * bins + bin];
        return switch (reach.figure()) {
            case REACHED -> Value.of(here, Unit.COUNT);
            case STEP_CONVERSION -> group + 1 >= steps ? Value.absent(AbsentReason.NO_DATA)
                    : ratio(reached[(group + 1) * bins + bin], here);
            case FROM_START_CONVERSION -> ratio(here, reached[bin]);
        };
    }

    private static Value ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return Value.absent(AbsentReason.ZERO_DENOMINATOR);
        }
        return Value.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), AggregateLeaf.DIVISION),
                Unit.RATIO);
    }
}
