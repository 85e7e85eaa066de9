package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.saleskpi.store.VersionCheck;

/** The current version of each standalone dashboard, claimed by {@link VersionCheck} ({@code AO_xxxxxx_DASHBOARD_VERSION}). */
@Table("DashboardVersion")
public interface DashboardVersionEntity extends Entity {

    @NotNull
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
