package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The current version of one versioned row ({@code AO_xxxxxx_ROW_VERSION}), the lock of optimistic
 * locking. Jira's ActiveObjects has no conditional UPDATE, but deleting this row
 * {@code WHERE OWNER = ? AND ROW_VERSION = ?} counts 1 for exactly one of two concurrent writers:
 * the other waits on the row lock and then finds nothing to delete.
 */
@Table("RowVersion")
public interface RowVersionEntity extends Entity {

    /** What is versioned, as kind and id: {@code goal:12}, {@code target:7}. */
    @NotNull
    @Indexed
    String getOwner();

    void setOwner(String owner);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
