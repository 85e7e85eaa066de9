package org.saleskpi.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A target of a goal ({@code AO_xxxxxx_TARGET}). Values are exact decimals kept as text
 * ({@code BigDecimal.toPlainString}), since AO's doubles would turn 0.1 into 0.1000000000000000055.
 */
@Table("Target")
public interface TargetEntity extends Entity {

    @Indexed
    long getGoalId();

    void setGoalId(long goalId);

    @NotNull
    String getName();

    void setName(String name);

    /** A {@code TargetKind} key: number, currency, true-false, issues, kpi. */
    @NotNull
    String getKind();

    void setKind(String kind);

    /** ISO 4217 code of a currency target. */
    String getCurrency();

    void setCurrency(String currency);

    /** The query of an issues target; JQL easily outgrows 255 characters. */
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

    /** A copy of the target's {@link TargetVersionEntity} version for reading; the token row is the lock. */
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
