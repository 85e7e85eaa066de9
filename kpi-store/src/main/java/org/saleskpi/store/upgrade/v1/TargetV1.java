package org.saleskpi.store.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A row of target as model version 1 stores it; frozen like {@link GoalFolderV1}. */
@Table("Target")
public interface TargetV1 extends Entity {

    @Indexed
    long getGoalId();

    void setGoalId(long goalId);

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getCurrency();

    void setCurrency(String currency);

    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    String getKpiKey();

    void setKpiKey(String kpiKey);

    Long getKpiProfileId();

    void setKpiProfileId(Long kpiProfileId);

    String getUnitLabel();

    void setUnitLabel(String unitLabel);

    @NotNull
    String getStartValue();

    void setStartValue(String startValue);

    @NotNull
    String getTargetValue();

    void setTargetValue(String targetValue);

    @NotNull
    String getCurrentValue();

    void setCurrentValue(String currentValue);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    String getWeight();

    void setWeight(String weight);

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
