package org.saleskpi.store.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A row of forecast option as model version 2 stores it; frozen like the copies of version 1. */
@Table("ForecastOption")
public interface ForecastOptionV2 extends Entity {

    @NotNull
    @Indexed
    long getProfileId();

    void setProfileId(long profileId);

    @NotNull
    String getOptionName();

    void setOptionName(String optionName);

    @NotNull
    String getCategory();

    void setCategory(String category);
}
