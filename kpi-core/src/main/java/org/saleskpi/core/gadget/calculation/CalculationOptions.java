package org.saleskpi.core.gadget.calculation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * What a calculation gadget shows: one figure for one period, against the period before.
 *
 * @param whole the whole period {@code period} is a part of (the year of year to date), else {@code period}
 * @param today the current local date; empty reads the period as finished
 */
public record CalculationOptions(FigureChoice figure, Period period, Period whole, Optional<LocalDate> today) {
    public CalculationOptions {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(today, "today");
    }

    /** A finished period against the whole period before it. */
    public CalculationOptions(FigureChoice figure, Period period) {
        this(figure, period, period, Optional.empty());
    }

    /** The spans compared (docs/period-comparisons.md). */
    public Comparison comparison(SalesCalendar calendar) {
        return Comparison.of(calendar, period, whole, today);
    }
}
