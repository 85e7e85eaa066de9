package org.saleskpi.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.bench.KpiFigures.Call;
import org.saleskpi.bench.KpiFigures.Id;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiDefinition;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.MetricEngine;

/**
 * What {@code kpi-bench history} computes over the demo issues with their history (issue 13): the stage
 * funnel, time in stage, sales velocity, close-date slippage and pipeline movement per compared month, and the open pipeline (count,
 * amount, weighted) as of each month's end, all in one engine call. The issues, the model and the 24
 * months are {@link Workload}'s; the hand-made edge issues are left out, as they have no history.
 */
public final class HistoryWorkload {
    /** The KPIs computed per month, each in its natural grouping (funnel steps, stages). */
    public static final List<Kpi> PER_MONTH = List.of(Kpi.STAGE_FUNNEL, Kpi.TIME_IN_STAGE, Kpi.SALES_VELOCITY,
            Kpi.CLOSE_DATE_SLIPPAGE, Kpi.PIPELINE_MOVEMENT);
    /** The KPI computed as of each month's end: a pipeline trend. */
    public static final Kpi AS_OF_MONTH_END = Kpi.OPEN_PIPELINE;

    private final Workload workload;
    private final List<MetricEngine.Request> requests = new ArrayList<>();
    private final List<Id> ids = new ArrayList<>();
    private final Set<Column> columns = new LinkedHashSet<>();
    private final Set<Column> tracked = new LinkedHashSet<>();

    public HistoryWorkload(Workload workload) {
        this.workload = workload;
        KpiCatalog catalog = workload.engine().catalog();
        for (Kpi kpi : PER_MONTH) {
            KpiDefinition definition = catalog.define(kpi);
            Dimension grouping = definition.naturalDimension().orElse(Dimension.none());
            for (Figure figure : definition.figures()) {
                add(new Id(Call.MONTHLY, kpi, figure.name()), new MetricEngine.Request(figure.metric(), grouping));
            }
        }
        for (Figure figure : catalog.openPipeline(AsOfPoint.PERIOD_END)) {
            add(new Id(Call.MONTH_END, AS_OF_MONTH_END, figure.name()),
                    new MetricEngine.Request(figure.metric(), Dimension.none()));
        }
        columns.addAll(workload.engine().columns(PER_MONTH, Optional.empty()));
        tracked.addAll(workload.engine().historyColumns(PER_MONTH, Optional.empty()));
        for (MetricEngine.Request request : requests) {
            columns.addAll(MetricEngine.columns(List.of(request.metric()), request.dimension()));
            tracked.addAll(MetricEngine.historyColumns(List.of(request.metric()), request.dimension()));
        }
    }

    private void add(Id id, MetricEngine.Request request) {
        ids.add(id);
        requests.add(request);
    }

    public Workload workload() {
        return workload;
    }

    /** One request per figure, in the order of {@link #ids()}. */
    public List<MetricEngine.Request> requests() {
        return List.copyOf(requests);
    }

    public List<Id> ids() {
        return List.copyOf(ids);
    }

    /** The columns the engine's table holds. */
    public Set<Column> columns() {
        return Set.copyOf(columns);
    }

    /** The columns whose changes the change table keeps. */
    public Set<Column> tracked() {
        return Set.copyOf(tracked);
    }
}
