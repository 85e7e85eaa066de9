package org.saleskpi.core.gadget.kpilist;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;

/**
 * The {@code kpi-list} gadget: several figures' values over one period, one row each, for wallboards. A row's
 * value is the one {@code GET /kpis/{key}} answers for the same profile, period and JQL (the figures that look
 * back, growth, compare the same spans), and its {@code jql} selects the issues it counts, where it counts issues.
 */
public final class KpiListType implements Gadget {

    @Override
    public String key() {
        return "kpi-list";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.figures("won-revenue,win-rate,new-leads"),
                OptionSpec.period("this-month"));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        List<Figure> figures = request.input().figures("kpi").stream()
                .map(choice -> choice.resolve(request.catalog())).toList();
        List<Metric> metrics = new ArrayList<>(figures.stream().map(Figure::metric).toList());
        // Each rate's counts follow the figures, in the same pass.
        figures.forEach(figure -> RateParts.of(figure.metric()).ifPresent(parts -> metrics.addAll(parts.metrics())));
        return new Plan(MetricEngine.columns(metrics, Dimension.none()),
                (table, dates) -> json(figures, values(table, metrics, dates, request), dates, request));
    }

    /** Every figure in one ungrouped pass over the period. */
    private static List<Grid> values(IssueTable table, List<Metric> metrics, Dates dates, GadgetRequest request) {
        return MetricEngine.evaluate(table, dates.calendar(),
                metrics.stream().map(metric -> new MetricEngine.Request(metric, Dimension.none())).toList(),
                List.of(dates.period()), request.host().quotas(dates.quotaSpan()),
                period -> Optional.of(dates.comparison()));
    }

    private static Node json(List<Figure> figures, List<Grid> grids, Dates dates, GadgetRequest request) {
        String currency = request.model().currency().getCurrencyCode();
        Node.Items rows = new Node.Items();
        int nextPart = figures.size();
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            Optional<RateParts.Counts> parts = Optional.empty();
            if (RateParts.of(figure.metric()).isPresent()) {
                parts = Optional.of(new RateParts.Counts(grids.get(nextPart).single(), grids.get(nextPart + 1).single()));
                nextPart += 2;
            }
            rows.add(Node.fields().put("figure", figure.name()).put("value", grids.get(f).single())
                    .put("unit", figure.metric().unit().key()).put("currency", currency).putRateParts(parts)
                    .putJql("jql", request.drill().of(figure.metric(), dates.period())));
        }
        return Node.fields().put("type", "kpi-list").put("period", Node.period(dates.period())).put("rows", rows);
    }
}
