package org.saleskpi.server.dashboard;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A gadget placed on a standalone dashboard, with its preferences ({@code AO_xxxxxx_GADGET}). */
@Table("Gadget")
public interface GadgetEntity extends Entity {

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

    /** JSON; null for an empty text, which AO cannot store. */
    @StringLength(StringLength.UNLIMITED)
    String getPreferences();

    void setPreferences(String preferences);

    /** Guards the preferences only; placing gadgets does not change it. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
