package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.saleskpi.store.VersionCheck;

/** The current version of each gadget's preferences, claimed by {@link VersionCheck} ({@code AO_xxxxxx_GADGET_VERSION}). */
@Table("GadgetVersion")
public interface GadgetVersionEntity extends Entity {

    @NotNull
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
