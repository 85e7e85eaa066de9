package org.saleskpi.core.kpi;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.RateParts;

/**
 * A KPI's figures as grids (groups x periods), amounts in {@code currency}, and for each figure that is a rate of
 * counts ({@link RateParts}) the grids of its numerator and denominator, from the same pass.
 */
public record KpiResult(Kpi kpi, Currency currency, Map<String, Grid> figures, Map<String, PartGrids> rateParts) {

    public KpiResult {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(currency, "currency");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        rateParts = Collections.unmodifiableMap(new LinkedHashMap<>(rateParts));
    }

    /** Without the parts of its rates. */
    public KpiResult(Kpi kpi, Currency currency, Map<String, Grid> figures) {
        this(kpi, currency, figures, Map.of());
    }

    /** The first figure: the number a gadget shows by default. */
    public Grid headline() {
        return figures.values().iterator().next();
    }

    /** The name of the first figure. */
    public String headlineName() {
        return figures.keySet().iterator().next();
    }

    public Grid figure(String name) {
        Grid grid = figures.get(name);
        if (grid == null) {
            throw new IllegalArgumentException(kpi.key() + " has no figure " + name);
        }
        return grid;
    }

    /** What the rate {@code figure} divides for a group in a period; empty when the figure is no rate of counts. */
    public Optional<RateParts.Counts> rateParts(String figure, String group, int period) {
        PartGrids parts = rateParts.get(figure);
        return parts == null ? Optional.empty() : Optional.of(new RateParts.Counts(
                parts.numerator().value(group, period), parts.denominator().value(group, period)));
    }

    /** A rate's numerator and denominator, grouped and bucketed as the rate. */
    public record PartGrids(Grid numerator, Grid denominator) {
        public PartGrids {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }
    }
}
