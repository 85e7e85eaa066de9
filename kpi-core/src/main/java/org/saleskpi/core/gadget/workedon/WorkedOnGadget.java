package org.saleskpi.core.gadget.workedon;

import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.ActivityType;
import org.saleskpi.core.gadget.RepActivity;
import org.saleskpi.core.gadget.RepActivityDataset;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.Filter;

/**
 * Builds the worked-on gadget's dataset: issues per assignee per bucket by their updated date.
 *
 * <p>An issue table holds only the last updated date of an issue, not its history, so this counts
 * each issue once, in the bucket of its last update: an issue touched in January and again in
 * March counts in March only. Every assignee in the table is listed.
 */
public final class WorkedOnGadget implements ActivityType.Activity {
    private final RepActivity activity;

    public WorkedOnGadget(SalesModel model, DrillDown drill) {
        this.activity = new RepActivity(model, Column.UPDATED, Filter.all(), drill);
    }

    public WorkedOnGadget(SalesModel model) {
        this(model, DrillDown.of(model));
    }

    @Override
    public Set<Column> columns() {
        return activity.columns();
    }

    @Override
    public RepActivityDataset dataset(IssueTable table, Timeline timeline) {
        return activity.dataset(table, timeline);
    }
}
