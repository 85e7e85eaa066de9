package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A user's standalone dashboard ({@code AO_xxxxxx_DASHBOARD}). */
@Table("Dashboard")
public interface DashboardEntity extends Entity {

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getName();

    void setName(String name);

    /** A {@code Layout} name, e.g. {@code TWO_COLUMNS}. */
    @NotNull
    String getLayoutKey();

    void setLayoutKey(String layoutKey);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
