package org.saleskpi.core.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.period.Period;

/**
 * Computes KPIs for a sales model: for one period, per bucket over a range, and per group. All
 * KPIs asked together with the same grouping are computed in one pass over the table.
 */
public final class KpiEngine {
    private final SalesModel model;
    private final KpiCatalog catalog;

    public KpiEngine(SalesModel model, KpiOptions options) {
        this.model = model;
        this.catalog = new KpiCatalog(model, options);
    }

    public KpiEngine(SalesModel model) {
        this(model, KpiOptions.defaults());
    }

    public KpiCatalog catalog() {
        return catalog;
    }

    /** Columns an {@code IssueSource} must load to compute these KPIs, grouped or not. */
    public Set<Column> columns(Collection<Kpi> kpis, Optional<Dimension> dimension) {
        List<Metric> metrics = new ArrayList<>();
        Set<Column> columns = new LinkedHashSet<>();
        for (Kpi kpi : kpis) {
            KpiDefinition definition = catalog.define(kpi);
            definition.figures().forEach(f -> metrics.add(f.metric()));
            definition.naturalDimension().ifPresent(d -> columns.addAll(MetricEngine.columns(List.of(), d)));
        }
        columns.addAll(MetricEngine.columns(metrics, dimension.orElse(Dimension.none())));
        return columns;
    }

    /**
     * Computes each KPI per period and per group.
     *
     * @param periods consecutive periods: one for a single figure, buckets for a chart
     * @param dimension the grouping; empty means ungrouped, except for KPIs that are naturally
     *     grouped (sales per rep), which then use their own
     * @param inputs targets and quotas for target attainment
     */
    public Map<Kpi, KpiResult> compute(IssueTable table, Collection<Kpi> kpis, List<Period> periods,
            Optional<Dimension> dimension, Inputs inputs) {
        // One pass per distinct grouping: KPIs that share it share the scan.
        Map<Dimension, List<KpiDefinition>> byDimension = new LinkedHashMap<>();
        for (Kpi kpi : new LinkedHashSet<>(kpis)) {
            KpiDefinition definition = catalog.define(kpi);
            Dimension grouping = dimension.or(definition::naturalDimension).orElse(Dimension.none());
            byDimension.computeIfAbsent(grouping, d -> new ArrayList<>()).add(definition);
        }
        Map<Kpi, KpiResult> results = new LinkedHashMap<>();
        byDimension.forEach((grouping, definitions) -> {
            List<Metric> metrics = new ArrayList<>();
            definitions.forEach(d -> d.figures().forEach(f -> metrics.add(f.metric())));
            List<Grid> grids = MetricEngine.evaluate(table, model.calendar(), metrics, periods, grouping, inputs);
            int next = 0;
            for (KpiDefinition definition : definitions) {
                Map<String, Grid> figures = new LinkedHashMap<>();
                for (Figure figure : definition.figures()) {
                    figures.put(figure.name(), grids.get(next++));
                }
                results.put(definition.kpi(), new KpiResult(definition.kpi(), model.currency(), figures));
            }
        });
        Map<Kpi, KpiResult> ordered = new LinkedHashMap<>();
        for (Kpi kpi : kpis) {
            ordered.put(kpi, results.get(kpi));
        }
        return ordered;
    }

    /** One KPI for one period, ungrouped (or in its natural grouping). */
    public KpiResult compute(IssueTable table, Kpi kpi, Period period, Inputs inputs) {
        return compute(table, List.of(kpi), List.of(period), Optional.empty(), inputs).get(kpi);
    }
}
