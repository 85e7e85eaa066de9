package org.saleskpi.store.kpi;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.saleskpi.store.VersionCheck;

/** The current version of each KPI profile, claimed by {@link VersionCheck} ({@code AO_xxxxxx_PROFILE_VERSION}). */
@Table("ProfileVersion")
public interface ProfileVersionEntity extends Entity {

    @NotNull
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
