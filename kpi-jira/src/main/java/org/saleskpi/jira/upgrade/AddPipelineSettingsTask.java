package org.saleskpi.jira.upgrade;

import org.saleskpi.store.upgrade.v2.AddPipelineSettings;

/** Model version 2 in Jira: kpi-store's {@link AddPipelineSettings}. */
public final class AddPipelineSettingsTask extends StoreUpgradeTask {
    public AddPipelineSettingsTask() {
        super(new AddPipelineSettings());
    }
}
