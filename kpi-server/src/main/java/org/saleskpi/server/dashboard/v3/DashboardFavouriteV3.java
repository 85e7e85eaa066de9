package org.saleskpi.server.dashboard.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** Frozen copy of {@link org.saleskpi.server.dashboard.DashboardFavouriteEntity} as the store's model version 3 creates it (ADR 0061). */
@Table("DashboardFavourite")
public interface DashboardFavouriteV3 extends Entity {

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
