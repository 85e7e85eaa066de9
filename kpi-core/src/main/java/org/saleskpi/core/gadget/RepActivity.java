package org.saleskpi.core.gadget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
 * the completed (resolution date) and worked-on (last update) gadgets.
 */
public final class RepActivity {
    private final SalesModel model;
    private final Column date;
    private final Filter universe;

    /**
     * @param date the date that puts an issue in a bucket
     * @param universe the issues whose assignees are listed, even with 0 in every bucket
     */
    public RepActivity(SalesModel model, Column date, Filter universe) {
        this.model = Objects.requireNonNull(model, "model");
        this.date = Objects.requireNonNull(date, "date");
        this.universe = Objects.requireNonNull(universe, "universe");
    }

    public Set<Column> columns() {
        return MetricEngine.columns(List.of(count()), dimension());
    }

    public RepActivityDataset dataset(IssueTable table, Timeline timeline) {
        List<Period> buckets = timeline.buckets(model.calendar());
        Grid grid = MetricEngine.evaluate(table, model.calendar(), List.of(count()), buckets, dimension(),
                Inputs.none()).get(0);
        // Every dated issue belongs to exactly one assignee group (the empty one included), so
        // the totals are the sums of the rows and need no second pass.
        long[] totals = new long[buckets.size()];
        List<RepActivityDataset.RepCounts> reps = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            long sum = 0;
            for (int b = 0; b < buckets.size(); b++) {
                long count = grid.value(g, b).asNumber().map(BigDecimal::longValueExact).orElseThrow();
                totals[b] += count;
                sum += count;
            }
            reps.add(new RepActivityDataset.RepCounts(grid.groups().get(g), grid.row(g), Value.of(sum, Unit.COUNT)));
        }
        List<Value> totalValues = new ArrayList<>();
        for (long total : totals) {
            totalValues.add(Value.of(total, Unit.COUNT));
        }
        return new RepActivityDataset(model.currency().getCurrencyCode(), Unit.COUNT, timeline.bucket(), buckets,
                reps, totalValues);
    }

    private Metric count() {
        return Metric.count(Filter.all(), When.during(date));
    }

    private Dimension dimension() {
        return Dimension.by(Column.ASSIGNEE, universe);
    }
}
