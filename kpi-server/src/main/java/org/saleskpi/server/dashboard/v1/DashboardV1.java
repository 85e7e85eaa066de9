package org.saleskpi.server.dashboard.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A row of dashboard as model version 1 stores it; frozen like {@link org.saleskpi.store.upgrade.v1.GoalFolderV1}. */
@Table("Dashboard")
public interface DashboardV1 extends Entity {

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getLayoutKey();

    void setLayoutKey(String layoutKey);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
