package org.saleskpi.server.dashboard.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A row of gadget version as model version 1 stores it; frozen like {@link org.saleskpi.store.upgrade.v1.GoalFolderV1}. */
@Table("GadgetVersion")
public interface GadgetVersionV1 extends Entity {

    @NotNull
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
