package org.saleskpi.core.metric;

import java.math.BigDecimal;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.IssueTable;

/**
 * Funnel reach per step ({@link Metric.Reach}, KPI-DEFINITIONS.md row 11): for each cohort issue, how
 * deep it got through the steps, counted in the bin of its cohort event (its creation, or its first
 * entry into the first step).
 */
final class ReachLeaf extends HistoryLeaf {
    private final Metric.Cohort cohort;
    /** Whether it is grouped by its steps: a reach has no figure in any other grouping. */
    private final boolean perStep;
    private final int steps;
    /** The depth rule, shared with the keys a step drills into; null when there is nothing to replay. */
    private final StepDepth depth;
    /** reached[step * bins + bin]. */
    private final long[] reached;

    ReachLeaf(Metric.Reach reach, SharedSelection selection, int[] groups, int groupCount, TimeBins timeBins,
            IssueTable table, Batch batch, Dimension dimension) {
        super(selection, groups, groupCount, timeBins, table, batch);
        this.perStep = dimension instanceof Dimension.Steps s && s.column().equals(reach.column());
        this.cohort = reach.cohort();
        this.steps = perStep ? ((Dimension.Steps) dimension).steps().size() : 1;
        if (changes != null && !changes.tracks(reach.column())) {
            throw new IllegalArgumentException("the history holds no changes of " + reach.column().id());
        }
        this.depth = perStep && changes != null
                ? new StepDepth(changes, reach.column(), (Dimension.Steps) dimension, reach.strict()) : null;
        reached = new long[steps * bins];
    }

    @Override
    void row(int batchRow, int row) {
        if (!perStep) {
            return;
        }
        depth.replay(row);
        long event = depth.cohortEvent(row, cohort);
        if (event == ChangeTable.OPEN) {
            return; // never in the first step: not in a cohort of entries
        }
        int bin = events.bin(event);
        if (bin < 0) {
            return;
        }
        for (int step = 0; step < depth.depth(); step++) {
            reached[step * bins + bin]++;
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
