package org.saleskpi.core.kpi;

import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.saleskpi.core.metric.Grid;

/** A KPI's figures as grids (groups x periods), amounts in {@code currency}. */
public record KpiResult(Kpi kpi, Currency currency, Map<String, Grid> figures) {

    public KpiResult {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(currency, "currency");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** The first figure: the number a gadget shows by default. */
    public Grid headline() {
        return figures.values().iterator().next();
    }

    public Grid figure(String name) {
        Grid grid = figures.get(name);
        if (grid == null) {
            throw new IllegalArgumentException(kpi.key() + " has no figure " + name);
        }
        return grid;
    }
}
