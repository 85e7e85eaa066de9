package org.saleskpi.server.dashboard.v3;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@link org.saleskpi.server.dashboard.DashboardOpenedEntity} as the store's model version 3 creates it (ADR 0061). */
@Table("DashboardOpened")
public interface DashboardOpenedV3 extends Entity {

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getDashboardId();

    void setDashboardId(long dashboardId);
}
