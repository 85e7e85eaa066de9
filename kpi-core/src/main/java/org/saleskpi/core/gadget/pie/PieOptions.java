package org.saleskpi.core.gadget.pie;

import java.util.Objects;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What a pie gadget shows.
 *
 * @param figure a figure that adds up (a count or sum), so that slices are parts of a whole
 * @param topN the largest slices drawn on their own; the rest form one "other" slice
 */
public record PieOptions(FigureChoice figure, Period period, Dimension groupBy, int topN) {
    /** Beyond this, slices are too thin to read. */
    public static final int DEFAULT_TOP_N = 8;

    public PieOptions {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(groupBy, "groupBy");
        if (topN < 1) {
            throw InvalidInputException.of("topN", "saleskpi.gadget.topN.min", "topN must be at least 1, was " + topN);
        }
    }

    public PieOptions(FigureChoice figure, Period period, Dimension groupBy) {
        this(figure, period, groupBy, DEFAULT_TOP_N);
    }
}
