package org.saleskpi.core.gadget.workedon;

import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.RepActivity;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.metric.Filter;

/**
 * Builds the worked-on gadget's dataset: issues per assignee per bucket by their updated date.
 *
 * <p>An issue table holds only the last updated date of an issue, not its history, so this counts
 * each issue once, in the bucket of its last update: an issue touched in January and again in
 * March counts in March only. Every assignee in the table is listed.
 */
public final class WorkedOnGadget extends RepActivity {

    public WorkedOnGadget(GadgetScope scope) {
        super(scope, Column.UPDATED, Filter.all());
    }
}
