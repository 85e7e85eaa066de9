package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

/**
 * Counts issues per assignee and bucket by one of their dates, in one pass: the shared engine of
 * the completed (resolution date) and worked-on (last update) gadgets, each of which names its date.
 */
public abstract class RepActivity {
    private final SalesModel model;
    private final Column date;
    private final Filter universe;
    private final DrillDown drill;

    /**
     * @param date the date that puts an issue in a bucket
     * @param universe the issues whose assignees are listed, even with 0 in every bucket
     */
    protected RepActivity(GadgetScope scope, Column date, Filter universe) {
        this.model = scope.model();
        this.date = Objects.requireNonNull(date, "date");
        this.universe = Objects.requireNonNull(universe, "universe");
        this.drill = scope.drill();
    }

    public Set<Column> columns() {
        return MetricEngine.columns(List.of(count()), dimension());
    }

    public RepActivityDataset dataset(IssueTable table, Timeline timeline) {
        List<Period> buckets = timeline.buckets(model.calendar());
        Period whole = new Period(buckets.get(0).start(), buckets.get(buckets.size() - 1).end());
        // The totals are their own ungrouped request in the same pass: they cover every issue,
        // also those whose assignee is outside the universe and so has no row.
        List<Grid> grids = MetricEngine.evaluate(table, model.calendar(),
                List.of(new MetricEngine.Request(count(), dimension()),
                        new MetricEngine.Request(count(), Dimension.none())),
                buckets, Inputs.none());
        Grid grid = grids.get(0);
        List<RepActivityDataset.RepCounts> reps = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            long sum = 0;
            for (int b = 0; b < buckets.size(); b++) {
                sum += grid.value(g, b).asNumber().map(BigDecimal::longValueExact).orElseThrow();
            }
            Filter rep = DrillDown.group(dimension(), grid.groups().get(g));
            reps.add(new RepActivityDataset.RepCounts(grid.groups().get(g), grid.row(g), Value.of(sum, Unit.COUNT),
                    buckets.stream().map(bucket -> drill.of(count(), bucket, rep)).toList(),
                    drill.of(count(), whole, rep)));
        }
        return new RepActivityDataset(model.currency().getCurrencyCode(), Unit.COUNT, timeline.bucket(), buckets,
                reps, grids.get(1).row(0), buckets.stream().map(bucket -> drill.of(count(), bucket)).toList());
    }

    private Metric count() {
        return Metric.count(Filter.all(), When.during(date));
    }

    private Dimension dimension() {
        return Dimension.by(Column.ASSIGNEE, universe);
    }
}
