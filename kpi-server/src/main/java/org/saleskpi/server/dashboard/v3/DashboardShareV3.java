package org.saleskpi.server.dashboard.v3;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Frozen copy of {@link org.saleskpi.server.dashboard.DashboardShareEntity} as the store's model version 3 creates it (ADR 0061). */
@Table("DashboardShare")
public interface DashboardShareV3 extends Entity {

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
