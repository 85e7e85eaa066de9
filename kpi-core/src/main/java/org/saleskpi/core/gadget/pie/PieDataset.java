package org.saleskpi.core.gadget.pie;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureDataset;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

/**
 * The slices of a pie gadget, largest first, the "other" slice (if any) last.
 *
 * @param currency ISO 4217 code, meaningful when {@code unit} is {@link Unit#AMOUNT}
 * @param total the sum of every slice
 */
public record PieDataset(String currency, Unit unit, String figure, Period period, Value total, List<Slice> slices)
        implements FigureDataset {

    public PieDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        slices = List.copyOf(slices);
    }

    /**
     * One slice.
     *
     * @param group the group's value ("" for the group of issues without one, and for the other slice)
     * @param other true for the slice that gathers every group past the top N
     * @param share value / total as a {@link Unit#RATIO}: the shares of a pie add up to exactly 1;
     *     absent (zero denominator) when the total is 0
     * @param jql the issues behind the slice; empty when the figure is not a set of issues
     */
    public record Slice(String group, boolean other, Value value, Value share, Optional<String> jql) {
        public Slice {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(jql, "jql");
        }
    }
}
