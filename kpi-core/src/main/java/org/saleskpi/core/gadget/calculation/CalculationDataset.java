package org.saleskpi.core.gadget.calculation;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureDataset;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * One number, the same number for the previous period, and how it moved.
 *
 * @param currency ISO 4217 code, meaningful when {@code unit} is {@link Unit#AMOUNT}
 * @param unit the unit of {@code value}, {@code previous} and {@code delta}
 * @param comparison the span {@code value} covers and the span {@code previous} covers
 * @param running whether the period is still running, so both spans stop at the same day
 * @param delta value - previous, in {@code unit}; for a rate a fraction (-1/3 is 33 1/3 points down)
 * @param relativeDelta (value - previous) / previous as a {@link Unit#RATIO}; absent when the
 *     previous value is 0 or absent
 * @param rateParts for a rate of counts, the counts {@code value} divides (won deals, closed deals); else empty
 * @param previousRateParts the same counts for {@code previous}
 * @param jql the issues behind {@code value}, {@code previousJql} those behind {@code previous}; empty when the
 *     figure is not a set of issues
 */
public record CalculationDataset(String currency, Unit unit, String figure, Comparison comparison, boolean running,
        Value value, Value previous, Value delta, Value relativeDelta, Optional<RateParts.Counts> rateParts,
        Optional<RateParts.Counts> previousRateParts, Optional<String> jql,
        Optional<String> previousJql) implements FigureDataset {

    public CalculationDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(delta, "delta");
        Objects.requireNonNull(relativeDelta, "relativeDelta");
        Objects.requireNonNull(rateParts, "rateParts");
        Objects.requireNonNull(previousRateParts, "previousRateParts");
        Objects.requireNonNull(jql, "jql");
        Objects.requireNonNull(previousJql, "previousJql");
    }

    /** The span the value covers. */
    public Period period() {
        return comparison.current();
    }

    /** The span the previous value covers. */
    public Period previousPeriod() {
        return comparison.previous();
    }
}
