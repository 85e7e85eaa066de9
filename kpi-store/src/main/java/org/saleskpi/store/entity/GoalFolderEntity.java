package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A folder of goals in a project ({@code AO_xxxxxx_GOAL_FOLDER}). */
@Table("GoalFolder")
public interface GoalFolderEntity extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

    /** The parent folder's id; null at the project's top level. */
    Long getParentId();

    void setParentId(Long parentId);
}
