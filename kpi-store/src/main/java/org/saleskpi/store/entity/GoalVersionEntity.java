package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Table;

/**
 * The current version of one goal ({@code AO_xxxxxx_GOAL_VERSION}), the token its optimistic
 * locking claims by deleting it {@code WHERE OWNER_ID = ? AND ROW_VERSION = ?}.
 */
@Table("GoalVersion")
public interface GoalVersionEntity extends Entity {

    /** The {@code ID} of the goal. */
    @Indexed
    long getOwnerId();

    void setOwnerId(long ownerId);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
