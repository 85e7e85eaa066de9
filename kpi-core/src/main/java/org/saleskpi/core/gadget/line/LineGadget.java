package org.saleskpi.core.gadget.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.gadget.Additive;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/** Builds the line gadget's dataset: figures per bucket over a range, in one pass over the issues. */
public final class LineGadget {
    private final SalesModel model;
    private final KpiCatalog catalog;

    public LineGadget(SalesModel model, KpiOptions kpiOptions) {
        this.model = model;
        this.catalog = new KpiCatalog(model, kpiOptions);
    }

    public LineGadget(SalesModel model) {
        this(model, KpiOptions.defaults());
    }

    /** The columns the host must load for these options. */
    public Set<Column> columns(LineOptions options) {
        return MetricEngine.columns(metrics(figures(options), options), dimension(options));
    }

    public LineDataset dataset(IssueTable table, LineOptions options, Inputs inputs) {
        List<Figure> figures = figures(options);
        List<Period> buckets = options.timeline().buckets(model.calendar());
        List<Period> previousBuckets = options.comparePrevious()
                ? options.timeline().previous(model.calendar()).buckets(model.calendar())
                : List.of();
        // The previous range ends where the range starts, so both are one run of consecutive
        // periods and a single evaluation computes the lines and their comparison together.
        List<Period> periods = new ArrayList<>(previousBuckets);
        periods.addAll(buckets);
        List<Grid> grids = MetricEngine.evaluate(table, model.calendar(), metrics(figures, options), periods,
                dimension(options), inputs);

        int offset = previousBuckets.size();
        int n = buckets.size();
        List<LineDataset.Series> series = new ArrayList<>();
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            Grid grid = grids.get(f);
            for (int g = 0; g < grid.groups().size(); g++) {
                List<Value> row = grid.row(g);
                series.add(line(figure.name(), grid.groups().get(g), LineDataset.Kind.ACTUAL, grid.unit(),
                        row.subList(offset, offset + n), options.cumulative()));
                if (options.comparePrevious()) {
                    List<Value> previous = new ArrayList<>(row.subList(0, Math.min(offset, n)));
                    // A shorter previous range (February before March, by day) has no value to compare with.
                    while (previous.size() < n) {
                        previous.add(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
                    }
                    series.add(line(figure.name(), grid.groups().get(g), LineDataset.Kind.PREVIOUS, grid.unit(),
                            previous, options.cumulative()));
                }
            }
        }
        options.target().ifPresent(target -> series.addAll(targets(target, figures.get(0).name(),
                figures.get(0).metric().unit(), grids, offset, n, options.cumulative())));
        return new LineDataset(model.currency().getCurrencyCode(), options.timeline().bucket(), buckets,
                previousBuckets, options.cumulative(), series);
    }

    private List<Figure> figures(LineOptions options) {
        List<Figure> figures = options.figures().stream().map(c -> c.resolve(catalog)).toList();
        if (options.cumulative()) {
            figures.forEach(f -> Additive.require(f, "cumulative"));
        }
        if (options.target().isPresent()) {
            Unit unit = figures.get(0).metric().unit();
            for (Figure figure : figures) {
                if (figure.metric().unit() != unit) {
                    throw InvalidInputException.of("target", "saleskpi.gadget.target.mixedUnits", "target needs figures of one unit, but " + figures.get(0).name()
                            + " is " + unit + " and " + figure.name() + " is " + figure.metric().unit());
                }
            }
        }
        return figures;
    }

    private static List<Metric> metrics(List<Figure> figures, LineOptions options) {
        List<Metric> metrics = new ArrayList<>(figures.stream().map(Figure::metric).toList());
        if (options.target().orElse(null) instanceof LineOptions.Target.FromInputs fromInputs) {
            metrics.add(fromInputs.source().metric());
        }
        return metrics;
    }

    private static Dimension dimension(LineOptions options) {
        return options.groupBy().orElse(Dimension.none());
    }

    private static List<LineDataset.Series> targets(LineOptions.Target target, String figure, Unit unit,
            List<Grid> grids, int offset, int n, boolean cumulative) {
        if (target instanceof LineOptions.Target.Fixed fixed) {
            Value value = Value.of(fixed.value(), unit);
            return List.of(new LineDataset.Series(figure, "", LineDataset.Kind.TARGET, unit,
                    Collections.nCopies(n, value)));
        }
        TargetSource source = ((LineOptions.Target.FromInputs) target).source();
        Grid grid = grids.get(grids.size() - 1);
        List<LineDataset.Series> series = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            List<Value> values = grid.row(g).subList(offset, offset + n).stream()
                    .map(value -> source.against(unit, value)).toList();
            series.add(line(figure, grid.groups().get(g), LineDataset.Kind.TARGET, unit, values, cumulative));
        }
        return series;
    }

    private static LineDataset.Series line(String figure, String group, LineDataset.Kind kind, Unit unit,
            List<Value> values, boolean cumulative) {
        return new LineDataset.Series(figure, group, kind, unit, cumulative ? runningTotal(values) : values);
    }

    /** Running totals; once a bucket is absent, the total from there on is unknown and absent for the same reason. */
    private static List<Value> runningTotal(List<Value> values) {
        List<Value> totals = new ArrayList<>(values.size());
        Value total = null;
        for (Value value : values) {
            if (total == null || total instanceof Value.Absent || value instanceof Value.Absent) {
                total = total instanceof Value.Absent ? total : value;
            } else {
                Value.Present sum = (Value.Present) total;
                total = Value.of(sum.number().add(((Value.Present) value).number()), sum.unit());
            }
            totals.add(total);
        }
        return totals;
    }
}
