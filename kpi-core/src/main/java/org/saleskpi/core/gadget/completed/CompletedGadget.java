package org.saleskpi.core.gadget.completed;

import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.RepActivity;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.metric.Filter;

/**
 * Builds the completed gadget's dataset: issues resolved per assignee per bucket. Listed are the
 * assignees of every resolved issue in the table, so a rep who resolved nothing in the range
 * but did before still shows, with zeros.
 */
public final class CompletedGadget extends RepActivity {

    public CompletedGadget(GadgetScope scope) {
        super(scope, Column.RESOLVED, Filter.notEmpty(Column.RESOLVED));
    }
}
