package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/** A row of target version as model version 1 stores it; frozen like {@link GoalFolderV1}. */
@Table("TargetVersion")
public interface TargetVersionV1 extends Entity {

    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
