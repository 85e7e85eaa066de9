package org.saleskpi.core.kpi;

import java.util.Objects;
import org.saleskpi.core.metric.Metric;

/** One named number of a KPI, e.g. won revenue's {@code amount} and {@code count}. */
public record Figure(String name, Metric metric) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(metric, "metric");
    }
}
