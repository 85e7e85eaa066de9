package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A sales goal of a project ({@code AO_xxxxxx_GOAL}); its targets point to it by {@code GOAL_ID}. */
@Table("Goal")
public interface GoalEntity extends Entity {

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

    /** A copy of the goal's {@link GoalVersionEntity} version for reading; the token row is the lock. */
    long getRowVersion();

    void setRowVersion(long rowVersion);

    /** {@code CheckInCadence.key()}; null in rows of model versions before 4, read as no cadence (ADR 0062). */
    String getCheckInCadence();

    void setCheckInCadence(String checkInCadence);
}
