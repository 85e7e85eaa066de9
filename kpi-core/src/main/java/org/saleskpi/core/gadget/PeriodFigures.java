package org.saleskpi.core.gadget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Value;

/**
 * Figures of a KPI read over one period, each with its own grouping, in one pass: what the pipeline gadgets
 * (funnel, time in stage, movement) plan and compute. Tells the columns and the changes to load, and whether a
 * whole figure is absent for a reason the gadget shows instead of its chart (no history, not configured).
 */
public final class PeriodFigures {
    private final Map<String, MetricEngine.Request> requests = new LinkedHashMap<>();

    /** Adds a figure under {@code name}, grouped by {@code dimension}. */
    public PeriodFigures add(String name, Metric metric, Dimension dimension) {
        if (requests.put(Objects.requireNonNull(name, "name"), new MetricEngine.Request(metric, dimension)) != null) {
            throw new IllegalArgumentException("two figures are named " + name);
        }
        return this;
    }

    /** Adds a KPI's figure under its own name. */
    public PeriodFigures add(Figure figure, Dimension dimension) {
        return add(figure.name(), figure.metric(), dimension);
    }

    /** The columns to load, with {@code more} (e.g. the key, for lists of issues). */
    public Set<Column> columns(Column... more) {
        Set<Column> columns = new LinkedHashSet<>(List.of(more));
        requests.values().forEach(r -> columns.addAll(MetricEngine.columns(List.of(r.metric()), r.dimension())));
        return columns;
    }

    /** The columns whose changes to load: empty when no figure reads the past. */
    public Set<Column> history() {
        Set<Column> history = new LinkedHashSet<>();
        requests.values().forEach(r -> history.addAll(MetricEngine.historyColumns(List.of(r.metric()), r.dimension())));
        return history;
    }

    /** Every figure over the dates' period, by name. */
    public Map<String, Grid> evaluate(IssueTable table, Dates dates) {
        List<MetricEngine.Request> list = new ArrayList<>(requests.values());
        List<Grid> grids = MetricEngine.evaluate(table, dates.calendar(), list, List.of(dates.period()),
                Inputs.none());
        Map<String, Grid> byName = new LinkedHashMap<>();
        int i = 0;
        for (String name : requests.keySet()) {
            byName.put(name, grids.get(i++));
        }
        return byName;
    }

    /**
     * The reason a whole figure is missing, which a gadget states in place of its chart: the profile does not
     * configure it (no stages, no close date field) or the host recorded no history for the issues. Other reasons
     * (nothing in the period, a zero denominator) belong to single values.
     */
    public static Optional<AbsentReason> wholly(Grid grid) {
        for (int group = 0; group < grid.groups().size(); group++) {
            Value value = grid.value(group, 0);
            if (value instanceof Value.Absent absent && (absent.reason() == AbsentReason.NO_HISTORY
                    || absent.reason() == AbsentReason.NOT_CONFIGURED)) {
                return Optional.of(absent.reason());
            }
        }
        return Optional.empty();
    }
}
