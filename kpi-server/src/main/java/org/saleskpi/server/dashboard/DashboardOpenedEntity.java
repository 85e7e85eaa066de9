package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The dashboard a user opened last, their start page ({@code AO_xxxxxx_DASHBOARD_OPENED}): one row per user. */
@Table("DashboardOpened")
public interface DashboardOpenedEntity extends Entity {

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getDashboardId();

    void setDashboardId(long dashboardId);
}
