package org.saleskpi.core.gadget;

import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Figures that add up: a count or sum of the issues dated in the period (and sums and differences
 * of those). Only they may be accumulated over buckets or cut into stacks and pie slices, because
 * each issue then lands in exactly one bucket or part. Rates, means, medians, distinct counts and
 * first-seen counts do not add up.
 */
public final class Additive {

    private Additive() {
    }

    public static boolean is(Metric metric) {
        if (metric instanceof Metric.Aggregate aggregate) {
            return aggregate.when() instanceof When.During
                    && (aggregate.aggregation() instanceof Aggregation.Count
                            || aggregate.aggregation() instanceof Aggregation.Sum);
        }
        if (metric instanceof Metric.Arithmetic arithmetic) {
            return arithmetic.operator() != Metric.Operator.TIMES && is(arithmetic.left()) && is(arithmetic.right());
        }
        // An unconfigured count or amount is absent everywhere; letting it through shows why.
        if (metric instanceof Metric.Unavailable unavailable) {
            return unavailable.unit() == Unit.COUNT || unavailable.unit() == Unit.AMOUNT;
        }
        // A state at an instant (open pipeline at each bucket's end) is a stock: buckets do not add up.
        if (metric instanceof Metric.AsOf) {
            return false;
        }
        // History parts (rows 11 to 15) replay the past: a deal can be new in two months, pushed in one and
        // slipping in the next, so their figures are not one issue in one bucket.
        if (metric instanceof Metric.Visits || metric instanceof Metric.Reach || metric instanceof Metric.Pushes
                || metric instanceof Metric.Movement) {
            return false;
        }
        // What remains to a target is a difference that stops at zero: cut into parts it would not add up.
        if (metric instanceof Metric.Positive) {
            return false;
        }
        // Ratios, growth, first-seen and lapsed counts, inputs, constants and period lengths do not add up.
        if (metric instanceof Metric.Ratio || metric instanceof Metric.Growth || metric instanceof Metric.Previous
                || metric instanceof Metric.FirstSeen || metric instanceof Metric.Lapsed
                || metric instanceof Metric.Input || metric instanceof Metric.Constant
                || metric instanceof Metric.PeriodDays) {
            return false;
        }
        throw new IllegalStateException("unknown metric " + metric.getClass().getName());
    }

    /**
     * Figures that can be cut into the parts of a grouping (pie slices): those that add up, and a count or sum
     * of the issues as they are now (the open pipeline, KPI-DEFINITIONS.md row 16). Such a stock is one number
     * per instant, so it does not add up over buckets, but each issue is in exactly one group.
     */
    public static boolean inParts(Metric metric) {
        if (is(metric)) {
            return true;
        }
        if (metric instanceof Metric.AsOf asOf && asOf.point() instanceof AsOfPoint.Now) {
            return asOf.metric() instanceof Metric.Aggregate aggregate
                    && (aggregate.aggregation() instanceof Aggregation.Count
                            || aggregate.aggregation() instanceof Aggregation.Sum);
        }
        return false;
    }

    /** Rejects a figure that cannot be cut into parts, naming the gadget option that cuts it. */
    public static void requireParts(Figure figure, String option) {
        if (!inParts(figure.metric())) {
            throw InvalidInputException.of(option, "saleskpi.gadget.figure.notAdditive", option + ": "
                    + figure.name() + " does not add up; only a count or a sum of the issues in the period, or of"
                    + " the issues as they are now, can be cut into parts");
        }
    }

    /** Rejects a figure that does not add up, naming the gadget option that needs it to. */
    public static void require(Figure figure, String option) {
        if (!is(figure.metric())) {
            throw InvalidInputException.of(option, "saleskpi.gadget.figure.notAdditive", option + ": " + figure.name()
                    + " does not add up; only a count or"
                    + " a sum of the issues in each period can be accumulated or cut into parts");
        }
    }

    /** The same additive figure computed only over the issues that also pass {@code filter}. */
    public static Metric restrict(Metric metric, Filter filter) {
        if (!is(metric)) {
            throw new IllegalArgumentException("only a figure that adds up can be cut into parts, not " + metric);
        }
        if (metric instanceof Metric.Aggregate a) {
            return new Metric.Aggregate(Filter.and(a.filter(), filter), a.when(), a.aggregation(), a.unit());
        }
        if (metric instanceof Metric.Arithmetic a) {
            return new Metric.Arithmetic(a.operator(), restrict(a.left(), filter), restrict(a.right(), filter),
                    a.unit());
        }
        return metric;
    }
}
