package org.saleskpi.core.gadget.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Builds the table gadget's dataset: figures per group and over everything. The engine groups by
 * one dimension per pass, so the totals row takes a second, ungrouped pass.
 */
public final class TableGadget {
    private final GadgetScope scope;

    public TableGadget(GadgetScope scope) {
        this.scope = scope;
    }

    public Set<Column> columns(TableOptions options) {
        return new LinkedHashSet<>(MetricEngine.columns(metrics(figures(options)), options.groupBy()));
    }

    public TableDataset dataset(IssueTable table, TableOptions options, Inputs inputs) {
        return dataset(table, options, inputs, Comparison.whole(scope.model().calendar(), options.period()));
    }

    /**
     * The table with columns that look back (period sales growth) comparing the spans of
     * {@code comparison}, e.g. a running quarter up to today against the previous one up to the same day.
     */
    public TableDataset dataset(IssueTable table, TableOptions options, Inputs inputs, Comparison comparison) {
        List<Figure> figures = figures(options);
        List<TableDataset.Heading> headings = figures.stream()
                .map(f -> new TableDataset.Heading(f.name(), f.metric().unit())).toList();
        int sortColumn = sortColumn(options, headings);
        List<Metric> metrics = metrics(figures);

        // The rows and the pooled totals row in one pass: each column twice, grouped and not, then the counts each
        // rate column divides, grouped and not.
        List<Metric> parts = parts(metrics);
        List<MetricEngine.Request> requests = new ArrayList<>();
        metrics.forEach(metric -> requests.add(new MetricEngine.Request(metric, options.groupBy())));
        metrics.forEach(metric -> requests.add(new MetricEngine.Request(metric, Dimension.none())));
        parts.forEach(metric -> requests.add(new MetricEngine.Request(metric, options.groupBy())));
        parts.forEach(metric -> requests.add(new MetricEngine.Request(metric, Dimension.none())));
        List<Grid> grids = MetricEngine.evaluate(table, scope.model().calendar(), requests, List.of(options.period()),
                inputs, period -> Optional.of(comparison));
        int n = metrics.size();
        List<Grid> grouped = grids.subList(0, n);
        List<Grid> ungrouped = grids.subList(n, 2 * n);
        List<Grid> groupedParts = grids.subList(2 * n, 2 * n + parts.size());
        List<Grid> ungroupedParts = grids.subList(2 * n + parts.size(), grids.size());

        List<TableDataset.Row> rows = new ArrayList<>();
        List<String> groups = grouped.get(0).groups();
        for (int g = 0; g < groups.size(); g++) {
            rows.add(row(groups.get(g), grouped, groupedParts, g, metrics, options.period(),
                    DrillDown.group(options.groupBy(), groups.get(g))));
        }
        if (sortColumn >= 0) {
            // Stable sort: rows with equal values keep the group order.
            rows.sort(Comparator.comparing((TableDataset.Row row) -> row.values().get(sortColumn),
                    Value.absentLast(options.sort().orElseThrow().descending())));
        }
        return new TableDataset(scope.model().currency().getCurrencyCode(), options.period(), headings, rows,
                row("", ungrouped, ungroupedParts, 0, metrics, options.period(), Filter.all()));
    }

    private List<Figure> figures(TableOptions options) {
        return options.columns().stream().map(c -> c.resolve(scope.catalog())).toList();
    }

    private static List<Metric> metrics(List<Figure> figures) {
        return figures.stream().map(Figure::metric).toList();
    }

    private static int sortColumn(TableOptions options, List<TableDataset.Heading> headings) {
        if (options.sort().isEmpty()) {
            return -1;
        }
        String key = options.sort().get().column();
        for (int c = 0; c < headings.size(); c++) {
            if (headings.get(c).key().equals(key)) {
                return c;
            }
        }
        throw InvalidInputException.of("sort", "saleskpi.gadget.sort.unknown", "sort column " + key + " is not one of the table's columns "
                + headings.stream().map(TableDataset.Heading::key).toList());
    }

    /** The numerator and denominator of each rate column, in column order. */
    private static List<Metric> parts(List<Metric> metrics) {
        List<Metric> parts = new ArrayList<>();
        metrics.forEach(metric -> RateParts.of(metric).ifPresent(rate -> parts.addAll(rate.metrics())));
        return parts;
    }

    private TableDataset.Row row(String group, List<Grid> grids, List<Grid> partGrids, int g, List<Metric> metrics,
            Period period, Filter within) {
        List<Optional<RateParts.Counts>> counts = new ArrayList<>();
        int next = 0;
        for (Metric metric : metrics) {
            if (RateParts.of(metric).isPresent()) {
                counts.add(Optional.of(new RateParts.Counts(partGrids.get(next).value(g, 0),
                        partGrids.get(next + 1).value(g, 0))));
                next += 2;
            } else {
                counts.add(Optional.empty());
            }
        }
        return new TableDataset.Row(group, grids.stream().map(grid -> grid.value(g, 0)).toList(), counts,
                metrics.stream().map(metric -> scope.drill().of(metric, period, within)).toList());
    }
}
