package org.saleskpi.server.dashboard.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of gadget as model version 1 stores it; frozen like {@link org.saleskpi.store.upgrade.v1.GoalFolderV1}. */
@Table("Gadget")
public interface GadgetV1 extends Entity {

    @NotNull
    @Indexed
    long getDashboardId();

    void setDashboardId(long dashboardId);

    @NotNull
    String getGadgetType();

    void setGadgetType(String gadgetType);

    @NotNull
    int getColumnIndex();

    void setColumnIndex(int columnIndex);

    @NotNull
    int getSortPosition();

    void setSortPosition(int sortPosition);

    @StringLength(StringLength.UNLIMITED)
    String getPreferences();

    void setPreferences(String preferences);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
