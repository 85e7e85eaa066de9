package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/**
 * The current version of one target ({@code AO_xxxxxx_TARGET_VERSION}), the token its optimistic
 * locking claims by deleting it {@code WHERE OWNER_ID = ? AND ROW_VERSION = ?}.
 */
@Table("TargetVersion")
public interface TargetVersionEntity extends Entity {

    /** The {@code ID} of the target. */
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
