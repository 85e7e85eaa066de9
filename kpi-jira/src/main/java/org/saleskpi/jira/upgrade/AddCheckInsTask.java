package org.saleskpi.jira.upgrade;

import org.saleskpi.store.upgrade.v4.AddCheckIns;

/** Model version 4 in Jira: kpi-store's {@link AddCheckIns}, goals' check-in cadence and the check-ins table. */
public final class AddCheckInsTask extends StoreUpgradeTask {
    public AddCheckInsTask() {
        super(new AddCheckIns());
    }
}
