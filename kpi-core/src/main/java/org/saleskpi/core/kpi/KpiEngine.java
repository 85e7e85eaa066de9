package org.saleskpi.core.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * Computes KPIs for a sales model: for one period, per bucket over a range, and per group. All
 * KPIs asked together are computed in one pass over the table, whatever their groupings.
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

    /** Columns an {@code IssueSource} must load to compute these KPIs {@linkplain #computeAsOf as of an instant}. */
    public Set<Column> columnsAsOf(Collection<Kpi> kpis, Optional<Dimension> dimension) {
        Set<Column> columns = new LinkedHashSet<>(columns(kpis, dimension));
        List<Metric> metrics = new ArrayList<>();
        kpis.forEach(kpi -> catalog.define(kpi).figures()
                .forEach(f -> metrics.add(Metric.asOf(f.metric(), AsOfPoint.at(Instant.EPOCH)))));
        columns.addAll(MetricEngine.columns(metrics, Dimension.none()));
        return columns;
    }

    /**
     * Columns whose changes an {@code IssueSource} must load (its {@code IssueQuery.history()}) to compute
     * these KPIs: empty when none reads the past.
     */
    public Set<Column> historyColumns(Collection<Kpi> kpis, Optional<Dimension> dimension) {
        return historyColumns(kpis, dimension, UnaryOperator.identity());
    }

    /** The same for computing them {@linkplain #computeAsOf as of a past instant}. */
    public Set<Column> historyColumnsAsOf(Collection<Kpi> kpis, Optional<Dimension> dimension) {
        return historyColumns(kpis, dimension, metric -> Metric.asOf(metric, AsOfPoint.at(Instant.EPOCH)));
    }

    private Set<Column> historyColumns(Collection<Kpi> kpis, Optional<Dimension> dimension,
            UnaryOperator<Metric> reading) {
        Set<Column> history = new LinkedHashSet<>();
        for (Kpi kpi : kpis) {
            KpiDefinition definition = catalog.define(kpi);
            Dimension grouping = dimension.or(definition::naturalDimension).orElse(Dimension.none());
            history.addAll(MetricEngine.historyColumns(
                    definition.figures().stream().map(f -> reading.apply(f.metric())).toList(), grouping));
        }
        return history;
    }

    /**
     * Computes KPIs as they were at {@code t} (KPI-DEFINITIONS.md, "As-of evaluation"): every figure on
     * the issues' states at t (amounts, statuses, close dates and assignees as they were), through the
     * table's history. Without a known history every figure is absent, "no history".
     */
    public List<KpiResult> computeAsOf(Instant t, IssueTable table, List<KpiRequest> requests, List<Period> periods,
            Inputs inputs) {
        return compute(table, requests, periods, inputs,
                period -> Optional.of(Comparison.whole(model.calendar(), period)),
                metric -> Metric.asOf(metric, AsOfPoint.at(t)));
    }

    /**
     * Computes KPIs crediting each event to the rep of that instant (KPI-DEFINITIONS.md, "Rep credit",
     * option "rep at the time"): a figure dated by creation (new leads, new opportunities) credits the
     * rep the issue was created with; any other figure (won, lost, closed, open) the rep when the
     * resolution was last set, and an issue never resolved through a recorded change today's rep.
     * Without a known history of the rep every figure is absent, "no history".
     */
    public List<KpiResult> computeCreditingRepAtTheTime(IssueTable table, List<KpiRequest> requests,
            List<Period> periods, Inputs inputs) {
        Column rep = catalog.columns().rep();
        Optional<ChangeTable> history = table.history().filter(h -> h.knownRows() > 0);
        if (history.isEmpty()) {
            // A past reading without history is absent, "no history", in today's groups.
            return compute(table, requests, periods, inputs,
                    period -> Optional.of(Comparison.whole(model.calendar(), period)),
                    metric -> Metric.asOf(metric, AsOfPoint.at(Instant.EPOCH)));
        }
        if (!history.get().tracks(rep)) {
            throw new IllegalArgumentException("the changes of " + rep.id()
                    + " were not loaded: load historyColumnsRepAtTheTime");
        }
        Map<ChangeTable.Event, IssueTable> credited = new EnumMap<>(ChangeTable.Event.class);
        Map<ChangeTable.Event, List<MetricEngine.Request>> asked = new EnumMap<>(ChangeTable.Event.class);
        List<KpiDefinition> definitions = new ArrayList<>();
        List<ChangeTable.Event> eventOfFigure = new ArrayList<>();
        for (KpiRequest request : requests) {
            KpiDefinition definition = catalog.define(request.kpi());
            Dimension grouping = request.dimension().or(definition::naturalDimension).orElse(Dimension.none());
            definitions.add(definition);
            for (Figure figure : definition.figures()) {
                ChangeTable.Event event = MetricEngine.columns(List.of(figure.metric()), Dimension.none())
                        .contains(Column.CREATED) ? ChangeTable.Event.CREATION : ChangeTable.Event.RESOLUTION;
                eventOfFigure.add(event);
                asked.computeIfAbsent(event, e -> new ArrayList<>())
                        .add(new MetricEngine.Request(figure.metric(), grouping));
            }
        }
        Map<ChangeTable.Event, Iterator<Grid>> grids = new EnumMap<>(ChangeTable.Event.class);
        asked.forEach((event, metrics) -> grids.put(event, MetricEngine.evaluate(
                credited.computeIfAbsent(event, e -> history.get().creditedAt(rep, e)), model.calendar(), metrics,
                periods, inputs, period -> Optional.of(Comparison.whole(model.calendar(), period))).iterator()));
        List<KpiResult> results = new ArrayList<>();
        int next = 0;
        for (KpiDefinition definition : definitions) {
            Map<String, Grid> figures = new LinkedHashMap<>();
            for (Figure figure : definition.figures()) {
                figures.put(figure.name(), grids.get(eventOfFigure.get(next++)).next());
            }
            results.add(new KpiResult(definition.kpi(), model.currency(), figures));
        }
        return results;
    }

    /** Columns whose changes crediting the rep at the time needs: the rep's and the resolution's. */
    public Set<Column> historyColumnsRepAtTheTime(Collection<Kpi> kpis, Optional<Dimension> dimension) {
        Set<Column> history = new LinkedHashSet<>(historyColumns(kpis, dimension));
        history.add(catalog.columns().rep());
        history.add(Column.RESOLUTION);
        return history;
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
        List<KpiRequest> requests = new ArrayList<>();
        for (Kpi kpi : new LinkedHashSet<>(kpis)) {
            requests.add(new KpiRequest(kpi, dimension));
        }
        List<KpiResult> results = compute(table, requests, periods, inputs);
        Map<Kpi, KpiResult> byKpi = new LinkedHashMap<>();
        results.forEach(result -> byKpi.put(result.kpi(), result));
        return byKpi;
    }

    /**
     * Computes KPIs each in its own grouping, all in one pass over the table: a dashboard's
     * monthly chart and its per-rep table share the scan.
     *
     * @return one result per request, in the order asked
     */
    public List<KpiResult> compute(IssueTable table, List<KpiRequest> requests, List<Period> periods, Inputs inputs) {
        return compute(table, requests, periods, inputs, period -> Optional.of(Comparison.whole(model.calendar(), period)));
    }

    /**
     * The same, with the figures that look back (period sales growth, derived churn) comparing the
     * spans {@code comparisons} gives for each period (docs/period-comparisons.md): a running period
     * up to today against the previous one up to the same day.
     */
    public List<KpiResult> compute(IssueTable table, List<KpiRequest> requests, List<Period> periods, Inputs inputs,
            Function<Period, Optional<Comparison>> comparisons) {
        return compute(table, requests, periods, inputs, comparisons, UnaryOperator.identity());
    }

    private List<KpiResult> compute(IssueTable table, List<KpiRequest> requests, List<Period> periods, Inputs inputs,
            Function<Period, Optional<Comparison>> comparisons, UnaryOperator<Metric> reading) {
        List<MetricEngine.Request> metrics = new ArrayList<>();
        List<KpiDefinition> definitions = new ArrayList<>();
        for (KpiRequest request : requests) {
            KpiDefinition definition = catalog.define(request.kpi());
            Dimension grouping = request.dimension().or(definition::naturalDimension).orElse(Dimension.none());
            definitions.add(definition);
            for (Figure figure : definition.figures()) {
                metrics.add(new MetricEngine.Request(reading.apply(figure.metric()), grouping));
                // A rate's counts ride along in the same pass: their leaves are the rate's own, planned once.
                RateParts.of(figure.metric()).ifPresent(parts -> parts.metrics()
                        .forEach(part -> metrics.add(new MetricEngine.Request(reading.apply(part), grouping))));
            }
        }
        List<Grid> grids = MetricEngine.evaluate(table, model.calendar(), metrics, periods, inputs, comparisons);
        List<KpiResult> results = new ArrayList<>();
        int next = 0;
        for (KpiDefinition definition : definitions) {
            Map<String, Grid> figures = new LinkedHashMap<>();
            Map<String, KpiResult.PartGrids> rateParts = new LinkedHashMap<>();
            for (Figure figure : definition.figures()) {
                figures.put(figure.name(), grids.get(next++));
                if (RateParts.of(figure.metric()).isPresent()) {
                    rateParts.put(figure.name(), new KpiResult.PartGrids(grids.get(next), grids.get(next + 1)));
                    next += 2;
                }
            }
            results.add(new KpiResult(definition.kpi(), model.currency(), figures, rateParts));
        }
        return results;
    }

    /** A KPI and the grouping it is wanted in (empty: ungrouped, or the KPI's natural grouping). */
    public record KpiRequest(Kpi kpi, Optional<Dimension> dimension) {
        public KpiRequest {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /** One KPI for one period, ungrouped (or in its natural grouping). */
    public KpiResult compute(IssueTable table, Kpi kpi, Period period, Inputs inputs) {
        return compute(table, List.of(kpi), List.of(period), Optional.empty(), inputs).get(kpi);
    }
}
