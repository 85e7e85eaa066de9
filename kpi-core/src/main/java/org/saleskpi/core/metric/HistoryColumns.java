package org.saleskpi.core.metric;

import java.util.LinkedHashSet;
import java.util.Set;
import org.saleskpi.core.issue.Column;

/**
 * What the history parts (rows 11 to 15) read: the columns whose changes they replay, which
 * {@link MetricEngine#historyColumns} tells hosts to load, and the filter on the current state.
 */
final class HistoryColumns {

    private HistoryColumns() {
    }

    /** The columns a history part replays (rows 11 to 15). */
    static Set<Column> of(Metric part) {
        Set<Column> columns = new LinkedHashSet<>();
        if (part instanceof Metric.Visits visits) {
            columns.add(visits.column());
        } else if (part instanceof Metric.Reach reach) {
            columns.add(reach.column());
        } else if (part instanceof Metric.Pushes pushes) {
            columns.addAll(PastState.columnsOf(pushes.open()));
            columns.add(pushes.date());
        } else if (part instanceof Metric.Movement movement) {
            columns.addAll(PastState.columnsOf(movement.open()));
            columns.addAll(PastState.columnsOf(movement.won()));
            columns.addAll(PastState.columnsOf(movement.lost()));
            movement.amount().ifPresent(columns::add);
        } else {
            throw new IllegalArgumentException("not a history part: " + part.getClass().getName());
        }
        return columns;
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
