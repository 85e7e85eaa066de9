package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A row of rep quota as model version 1 stores it; frozen like {@link GoalFolderV1}. */
@Table("RepQuota")
public interface RepQuotaV1 extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    String getRepKey();

    void setRepKey(String repKey);

    @NotNull
    @Indexed
    String getPeriodStart();

    void setPeriodStart(String periodStart);

    @NotNull
    @Indexed
    String getPeriodEnd();

    void setPeriodEnd(String periodEnd);

    @NotNull
    String getAmount();

    void setAmount(String amount);
}
