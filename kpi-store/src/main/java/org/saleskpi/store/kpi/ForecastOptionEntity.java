package org.saleskpi.store.kpi;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * What one option of a profile's forecast category field means ({@code AO_xxxxxx_FORECAST_OPTION}):
 * the option's name and a {@code ForecastCategory} key ({@code commit}, {@code best-case},
 * {@code pipeline}, {@code omitted}).
 */
@Table("ForecastOption")
public interface ForecastOptionEntity extends Entity {

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
