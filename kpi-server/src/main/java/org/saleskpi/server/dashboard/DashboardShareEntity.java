package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * One share of a standalone dashboard ({@code AO_xxxxxx_DASHBOARD_SHARE}): with everyone holding at least a role in
 * a project (project key and role set), or with one person (user key set), giving {@code VIEW} or {@code EDIT}. A
 * dashboard without rows is its owner's alone.
 */
@Table("DashboardShare")
public interface DashboardShareEntity extends Entity {

    @NotNull
    @Indexed
    long getDashboardId();

    void setDashboardId(long dashboardId);

    /** Set with {@link #getProjectRole()} for a project's role; null for a person. */
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    /** {@code VIEWER}, {@code EDITOR} or {@code ADMIN}: the least role the share reaches. */
    String getProjectRole();

    void setProjectRole(String projectRole);

    /** Set for a person; null for a project's role. */
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** {@code VIEW} or {@code EDIT}. */
    @NotNull
    String getRights();

    void setRights(String rights);
}
