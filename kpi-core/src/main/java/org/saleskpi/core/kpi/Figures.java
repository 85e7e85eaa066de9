package org.saleskpi.core.kpi;

import java.util.List;
import java.util.Optional;
import org.saleskpi.core.metric.Dimension;

/**
 * What a KPI's preset builds for one sales model: its figures, the headline first, and the grouping
 * it is read by when the caller asks for none (sales per rep is per rep).
 */
record Figures(List<Figure> list, Optional<Dimension> naturalDimension) {

    static Figures of(Figure... figures) {
        return new Figures(List.of(figures), Optional.empty());
    }

    /** The same figures, read by {@code dimension} unless the caller groups them otherwise. */
    Figures readBy(Dimension dimension) {
        return new Figures(list, Optional.of(dimension));
    }
}
