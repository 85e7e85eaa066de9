package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A goal folder as model version 1 stores it; frozen, so that changes to the live entity never
 * change what the version 1 task creates.
 */
@Table("GoalFolder")
public interface GoalFolderV1 extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

    Long getParentId();

    void setParentId(Long parentId);
}
