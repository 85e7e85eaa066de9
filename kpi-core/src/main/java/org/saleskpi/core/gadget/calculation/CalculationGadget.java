package org.saleskpi.core.gadget.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.period.Comparison;

/** Builds the calculation gadget's dataset: a figure, its previous-period value and the change, in one pass. */
public final class CalculationGadget {
    private final GadgetScope scope;

    public CalculationGadget(GadgetScope scope) {
        this.scope = scope;
    }

    public Set<Column> columns(CalculationOptions options) {
        return MetricEngine.columns(metrics(options.figure().resolve(scope.catalog()).metric()), Dimension.none());
    }

    public CalculationDataset dataset(IssueTable table, CalculationOptions options, Inputs inputs) {
        Figure figure = options.figure().resolve(scope.catalog());
        Comparison comparison = options.comparison(scope.model().calendar());
        // The engine computes the compared span alongside the period, so the comparison costs no extra pass.
        Optional<RateParts> parts = RateParts.of(figure.metric());
        List<Metric> metrics = new ArrayList<>(metrics(figure.metric()));
        // The parts of the value, then those of the previous value, from the same pass as the rate.
        parts.ifPresent(rate -> {
            metrics.addAll(rate.metrics());
            rate.metrics().forEach(part -> metrics.add(Metric.previous(part)));
        });
        List<Grid> grids = MetricEngine.evaluate(table, scope.model().calendar(),
                metrics.stream().map(m -> new MetricEngine.Request(m, Dimension.none())).toList(),
                List.of(comparison.current()), inputs, period -> Optional.of(comparison));
        boolean running = options.today().filter(options.whole()::contains).isPresent();
        return new CalculationDataset(scope.model().currency().getCurrencyCode(), figure.metric().unit(), figure.name(),
                comparison, running,
                grids.get(0).single(), grids.get(1).single(), grids.get(2).single(), grids.get(3).single(),
                parts.map(rate -> new RateParts.Counts(grids.get(4).single(), grids.get(5).single())),
                parts.map(rate -> new RateParts.Counts(grids.get(6).single(), grids.get(7).single())),
                scope.drill().of(figure.metric(), comparison.current()),
                scope.drill().of(figure.metric(), comparison.previous()));
    }

    /** The value, the previous value, their difference and the growth (KPI-DEFINITIONS.md row 7's formula). */
    private static List<Metric> metrics(Metric value) {
        Metric previous = Metric.previous(value);
        return List.of(value, previous, Metric.minus(value, previous), Metric.growth(value));
    }
}
