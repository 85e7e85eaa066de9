package org.saleskpi.core.gadget.calculation;

import java.util.Objects;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.period.Period;

/** What a calculation gadget shows: one figure for one period, against the period before. */
public record CalculationOptions(FigureChoice figure, Period period) {
    public CalculationOptions {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
    }
}
