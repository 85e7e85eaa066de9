package org.saleskpi.core.metric;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.issue.Column;

/**
 * The columns whose changes the history parts of some metrics replay (rows 11 to 15): what a host loads
 * into the table's change table ({@code IssueQuery.history()}). Metrics without history parts need none.
 */
public final class HistoryColumns {

    private HistoryColumns() {
    }

    public static Set<Column> of(List<Metric> metrics) {
        Set<Column> columns = new LinkedHashSet<>();
        metrics.forEach(metric -> collect(metric, columns));
        return columns;
    }

    private static void collect(Metric metric, Set<Column> columns) {
        if (metric instanceof Metric.Visits visits) {
            columns.add(visits.column());
        } else if (metric instanceof Metric.Reach reach) {
            columns.add(reach.column());
        } else if (metric instanceof Metric.Pushes pushes) {
            columns.addAll(PastState.columnsOf(pushes.open()));
            columns.add(pushes.date());
        } else if (metric instanceof Metric.Movement movement) {
            columns.addAll(PastState.columnsOf(movement.open()));
            columns.addAll(PastState.columnsOf(movement.won()));
            columns.addAll(PastState.columnsOf(movement.lost()));
            columns.add(movement.amount());
        } else if (metric instanceof Metric.Ratio ratio) {
            collect(ratio.numerator(), columns);
            collect(ratio.denominator(), columns);
        } else if (metric instanceof Metric.Arithmetic arithmetic) {
            collect(arithmetic.left(), columns);
            collect(arithmetic.right(), columns);
        } else if (metric instanceof Metric.Previous previous) {
            collect(previous.metric(), columns);
        } else if (metric instanceof Metric.Growth growth) {
            collect(growth.metric(), columns);
        } else if (!(metric instanceof Metric.Aggregate || metric instanceof Metric.FirstSeen
                || metric instanceof Metric.Lapsed || metric instanceof Metric.Input || metric instanceof Metric.Constant
                || metric instanceof Metric.PeriodDays || metric instanceof Metric.Unavailable)) {
            // A closed set fails loudly (docs/adr/0020): a new metric says here which changes it replays.
            throw new IllegalStateException("cannot list the history columns of " + metric.getClass().getName());
        }
    }

    /** The filter that picks a history part's issues by their current state. */
    static Filter filterOf(Metric metric) {
        if (metric instanceof Metric.Visits visits) {
            return visits.filter();
        }
        if (metric instanceof Metric.Reach reach) {
            return reach.filter();
        }
        if (metric instanceof Metric.Pushes pushes) {
            return pushes.filter();
        }
        if (metric instanceof Metric.Movement movement) {
            return movement.filter();
        }
        throw new IllegalArgumentException("not a history part: " + metric.getClass().getName());
    }
}
