package org.saleskpi.store.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** {@code GoalEntity} frozen as model version 4 leaves it: version 1's columns and the check-in cadence. */
@Table("Goal")
public interface GoalV4 extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** Null at the project's top level. */
    @Indexed
    Long getFolderId();

    void setFolderId(Long folderId);

    @NotNull
    @Indexed
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** ISO {@code yyyy-MM-dd}. */
    @NotNull
    String getStartDate();

    void setStartDate(String startDate);

    /** ISO {@code yyyy-MM-dd}, so text order is date order for the goal list. */
    @NotNull
    @Indexed
    String getDueDate();

    void setDueDate(String dueDate);

    @NotNull
    String getColour();

    void setColour(String colour);

    @Indexed
    boolean isArchived();

    void setArchived(boolean archived);

    /** Epoch milliseconds. */
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** Epoch milliseconds. */
    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    /** A copy of the goal's {@code GoalVersionEntity} version for reading; the token row is the lock. */
    long getRowVersion();

    void setRowVersion(long rowVersion);

    /** {@code CheckInCadence.key()}; null in rows of model versions before 4, read as no cadence (ADR 0062). */
    String getCheckInCadence();

    void setCheckInCadence(String checkInCadence);
}
