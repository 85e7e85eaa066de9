package org.saleskpi.jira.upgrade;

import org.saleskpi.store.upgrade.v3.AddKeySelections;

/** Model version 3 in Jira: kpi-store's {@link AddKeySelections}, the table of saved drill-down key lists. */
public final class AddKeySelectionsTask extends StoreUpgradeTask {
    public AddKeySelectionsTask() {
        super(new AddKeySelections());
    }
}
