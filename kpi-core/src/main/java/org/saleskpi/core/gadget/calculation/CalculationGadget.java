package org.saleskpi.core.gadget.calculation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.period.Comparison;

/** Builds the calculation gadget's dataset: a figure, its previous-period value and the change, in one pass. */
public final class CalculationGadget {
    private final SalesModel model;
    private final KpiCatalog catalog;
    private final DrillDown drill;

    /** Over the request's one catalog, {@code catalog} being the model's, drilling from the request's query. */
    public CalculationGadget(SalesModel model, KpiCatalog catalog, DrillDown drill) {
        this.model = model;
        this.catalog = catalog;
        this.drill = drill;
    }

    /** With the catalog's default options, drilling within the model's scope. */
    public CalculationGadget(SalesModel model) {
        this(model, new KpiCatalog(model, KpiOptions.defaults()), DrillDown.of(model));
    }

    public Set<Column> columns(CalculationOptions options) {
        return MetricEngine.columns(metrics(options.figure().resolve(catalog).metric()), Dimension.none());
    }

    public CalculationDataset dataset(IssueTable table, CalculationOptions options, Inputs inputs) {
        Figure figure = options.figure().resolve(catalog);
        Comparison comparison = options.comparison(model.calendar());
        // The engine computes the compared span alongside the period, so the comparison costs no extra pass.
        List<Grid> grids = MetricEngine.evaluate(table, model.calendar(),
                metrics(figure.metric()).stream().map(m -> new MetricEngine.Request(m, Dimension.none())).toList(),
                List.of(comparison.current()), inputs, period -> Optional.of(comparison));
        boolean running = options.today().filter(options.whole()::contains).isPresent();
        return new CalculationDataset(model.currency().getCurrencyCode(), figure.metric().unit(), figure.name(),
                comparison, running,
                grids.get(0).single(), grids.get(1).single(), grids.get(2).single(), grids.get(3).single(),
                drill.of(figure.metric(), comparison.current()), drill.of(figure.metric(), comparison.previous()));
    }

    /** The value, the previous value, their difference and the growth (KPI-DEFINITIONS.md row 7's formula). */
    private static List<Metric> metrics(Metric value) {
        Metric previous = Metric.previous(value);
        return List.of(value, previous, Metric.minus(value, previous), Metric.growth(value));
    }
}
