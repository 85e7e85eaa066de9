package org.saleskpi.core.drill;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.When;

/**
 * The issues a figure is computed from: those passing {@code filter} whose date is tied to the period
 * by {@code when}. An aggregation of a measure skips issues where the measure is empty, so the filter
 * includes "not empty" for the columns it reads.
 */
public record Population(Filter filter, When when) {
    public Population {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(when, "when");
    }

    /**
     * The issues behind a metric; empty where a figure is not a set of issues of the period (a quota
     * or target, a constant, the days of P, a count of customers rather than issues, a difference of
     * two populations, the previous period's value).
     *
     * <p>A ratio drills into its denominator, the issues the rate is "out of" (win rate: deals won or
     * lost in P; lead conversion: leads created in P), and into its numerator when the denominator is
     * not a set of issues (attainment: the actual over a target).
     */
    public static Optional<Population> of(Metric metric) {
        if (metric instanceof Metric.Aggregate aggregate) {
            return Optional.of(new Population(
                    Filter.and(aggregate.filter(), measured(aggregate.aggregation())), aggregate.when()));
        }
        if (metric instanceof Metric.Ratio ratio) {
            return of(ratio.denominator()).or(() -> of(ratio.numerator()));
        }
        if (metric instanceof Metric.Growth growth) {
            // The growth of P is read against P's own issues; the previous period's are another drill.
            return of(growth.metric());
        }
        if (metric instanceof Metric.Positive positive) {
            return of(positive.metric());
        }
        if (metric instanceof Metric.AsOf asOf) {
            // Now is today's issues; a past state is not a set of issues a search can find today.
            return asOf.point() instanceof AsOfPoint.Now ? of(asOf.metric()) : Optional.empty();
        }
        if (metric instanceof Metric.Visits || metric instanceof Metric.Reach || metric instanceof Metric.Pushes
                || metric instanceof Metric.Movement) {
            // Visits that ended in P, deals pushed in P: the past is not a set of issues a search finds today.
            return Optional.empty();
        }
        if (metric instanceof Metric.FirstSeen || metric instanceof Metric.Lapsed
                || metric instanceof Metric.Arithmetic || metric instanceof Metric.Previous
                || metric instanceof Metric.Input || metric instanceof Metric.Constant
                || metric instanceof Metric.PeriodDays || metric instanceof Metric.Unavailable) {
            return Optional.empty();
        }
        throw new IllegalStateException("no population for the metric " + metric.getClass().getName());
    }

    /** The issues the aggregation reads: a count reads all, the others only those with a value. */
    private static Filter measured(Aggregation aggregation) {
        if (aggregation instanceof Aggregation.Count) {
            return Filter.all();
        }
        if (aggregation instanceof Aggregation.DistinctCount distinct) {
            return Filter.notEmpty(distinct.column());
        }
        if (aggregation instanceof Aggregation.OfMeasure of) {
            return filled(of.measure());
        }
        throw new IllegalStateException("no population for the aggregation " + aggregation.getClass().getName());
    }

    private static Filter filled(Measure measure) {
        if (measure instanceof Measure.Field field) {
            return Filter.notEmpty(field.column());
        }
        if (measure instanceof Measure.Weighted weighted) {
            return Filter.notEmpty(weighted.amount());
        }
        if (measure instanceof Measure.DaysBetween days) {
            return Filter.and(Filter.notEmpty(days.from()), Filter.notEmpty(days.to()));
        }
        throw new IllegalStateException("no population for the measure " + measure.getClass().getName());
    }
}
