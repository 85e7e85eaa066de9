package org.saleskpi.core.gadget;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.metric.Metric;

/** Which figure a gadget shows: a KPI's figure (its headline unless named) or a metric of the user's own. */
public sealed interface FigureChoice {

    /**
     * The figure to compute, named by the key datasets carry: {@code <kpi key>.<figure name>}
     * (e.g. {@code won-revenue.amount}) for a KPI, the caller's key for a custom metric.
     */
    Figure resolve(KpiCatalog catalog);

    /** A figure of one of the KPIs; {@code figure} empty means its headline. */
    record OfKpi(Kpi kpi, Optional<String> figure) implements FigureChoice {
        public OfKpi {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public Figure resolve(KpiCatalog catalog) {
            KpiDefinition definition = catalog.define(kpi);
            Figure chosen = figure.map(definition::figure).orElseGet(definition::headline);
            return new Figure(kpi.key() + "." + chosen.name(), chosen.metric());
        }
    }

    /** A metric built by the caller (e.g. from a gadget's advanced options), shown under {@code key}. */
    record Custom(String key, Metric metric) implements FigureChoice {
        public Custom {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(metric, "metric");
            if (key.isBlank()) {
                throw new IllegalArgumentException("key of a custom figure must not be blank");
            }
        }

        @Override
        public Figure resolve(KpiCatalog catalog) {
            return new Figure(key, metric);
        }
    }

    static FigureChoice headline(Kpi kpi) {
        return new OfKpi(kpi, Optional.empty());
    }

    static FigureChoice of(Kpi kpi, String figure) {
        return new OfKpi(kpi, Optional.of(figure));
    }

    static FigureChoice custom(String key, Metric metric) {
        return new Custom(key, metric);
    }
}
