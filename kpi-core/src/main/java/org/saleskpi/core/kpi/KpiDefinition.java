package org.saleskpi.core.kpi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.Dimension;

/**
 * A KPI as a named preset of the metric algebra: its figures (the first is the headline) and the
 * grouping it is read by when the caller asks for none (sales per rep is per rep).
 */
public record KpiDefinition(Kpi kpi, List<Figure> figures, Optional<Dimension> naturalDimension) {

    public KpiDefinition {
        Objects.requireNonNull(kpi, "kpi");
        figures = List.copyOf(figures);
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("a KPI needs at least one figure");
        }
        Objects.requireNonNull(naturalDimension, "naturalDimension");
    }

    public Figure headline() {
        return figures.get(0);
    }

    public Figure figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kpi.key() + " has no figure " + name));
    }
}
