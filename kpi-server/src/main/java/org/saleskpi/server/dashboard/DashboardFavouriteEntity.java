package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A dashboard a user starred ({@code AO_xxxxxx_DASHBOARD_FAVOURITE}). */
@Table("DashboardFavourite")
public interface DashboardFavouriteEntity extends Entity {

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    @Indexed
    long getDashboardId();

    void setDashboardId(long dashboardId);

    /** {@code userkey/id}: one star per user and dashboard even when two nodes star at once. */
    @NotNull
    @Unique
    String getFavouriteKey();

    void setFavouriteKey(String favouriteKey);
}
