package org.saleskpi.server.auth.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A user's role in one project ({@code AO_xxxxxx_PROJECT_ROLE}): VIEWER, EDITOR or ADMIN. */
@Table("ProjectRole")
public interface ProjectRoleEntity extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /**
     * {@code PROJECT/userkey}. AO has no unique constraint over two columns; this one column makes
     * "one role per user and project" hold even when two nodes grant at the same moment.
     */
    @NotNull
    @Unique
    String getGrantKey();

    void setGrantKey(String grantKey);

    @NotNull
    String getRole();

    void setRole(String role);
}
