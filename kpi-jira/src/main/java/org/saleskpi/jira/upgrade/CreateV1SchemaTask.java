package org.saleskpi.jira.upgrade;

import org.saleskpi.store.upgrade.v1.CreateV1Schema;

/** Model version 1 in Jira: kpi-store's {@link CreateV1Schema}. */
public final class CreateV1SchemaTask extends StoreUpgradeTask {
    public CreateV1SchemaTask() {
        super(new CreateV1Schema());
    }
}
