package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of goal as model version 1 stores it; frozen like {@link GoalFolderV1}. */
@Table("Goal")
public interface GoalV1 extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

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

    @NotNull
    String getStartDate();

    void setStartDate(String startDate);

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

    long getCreatedAt();

    void setCreatedAt(long createdAt);

    long getUpdatedAt();

    void setUpdatedAt(long updatedAt);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
