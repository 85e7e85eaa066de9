package org.saleskpi.core.gadget.completed;

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
 * Builds the completed gadget's dataset: issues resolved per assignee per bucket. Listed are the
 * assignees of every resolved issue in the table, so a rep who resolved nothing in the range
 * but did before still shows, with zeros.
 */
public final class CompletedGadget implements ActivityType.Activity {
    private final RepActivity activity;

    public CompletedGadget(SalesModel model, DrillDown drill) {
        this.activity = new RepActivity(model, Column.RESOLVED, Filter.notEmpty(Column.RESOLVED), drill);
    }

    public CompletedGadget(SalesModel model) {
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
