package org.saleskpi.store.kpi;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A project's KPI profile: its sales model setting by setting ({@code AO_xxxxxx_KPI_PROFILE}).
 * Sets of issue types and statuses are {@link StringSetCodec} text; optional fields are null when
 * not set. The pipeline's stages and forecast options are rows of their own ({@link PipelineStageEntity},
 * {@link ForecastOptionEntity}).
 */
@Table("KpiProfile")
public interface KpiProfileEntity extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

    /** Null for an empty JQL, which AO cannot store. */
    @StringLength(StringLength.UNLIMITED)
    String getScopeJql();

    void setScopeJql(String scopeJql);

    @StringLength(StringLength.UNLIMITED)
    String getLeadTypes();

    void setLeadTypes(String leadTypes);

    @StringLength(StringLength.UNLIMITED)
    String getDealTypes();

    void setDealTypes(String dealTypes);

    @StringLength(StringLength.UNLIMITED)
    String getCustomerTypes();

    void setCustomerTypes(String customerTypes);

    @StringLength(StringLength.UNLIMITED)
    String getCampaignTypes();

    void setCampaignTypes(String campaignTypes);

    @StringLength(StringLength.UNLIMITED)
    String getCostTypes();

    void setCostTypes(String costTypes);

    @StringLength(StringLength.UNLIMITED)
    String getWonStatuses();

    void setWonStatuses(String wonStatuses);

    @StringLength(StringLength.UNLIMITED)
    String getLostStatuses();

    void setLostStatuses(String lostStatuses);

    @StringLength(StringLength.UNLIMITED)
    String getConvertedStatuses();

    void setConvertedStatuses(String convertedStatuses);

    @StringLength(StringLength.UNLIMITED)
    String getChurnedStatuses();

    void setChurnedStatuses(String churnedStatuses);

    @NotNull
    String getAmountField();

    void setAmountField(String amountField);

    String getCloseDateField();

    void setCloseDateField(String closeDateField);

    String getCustomerField();

    void setCustomerField(String customerField);

    String getCostField();

    void setCostField(String costField);

    String getEmailsSentField();

    void setEmailsSentField(String emailsSentField);

    String getEmailsOpenedField();

    void setEmailsOpenedField(String emailsOpenedField);

    String getRepField();

    void setRepField(String repField);

    /** ISO 4217, e.g. {@code EUR}. */
    @NotNull
    String getCurrencyCode();

    void setCurrencyCode(String currencyCode);

    /** A {@code java.time.ZoneId}, e.g. {@code Europe/Berlin}. */
    @NotNull
    String getZoneId();

    void setZoneId(String zoneId);

    /** 1 (January) to 12. */
    @NotNull
    int getFiscalStartMonth();

    void setFiscalStartMonth(int fiscalStartMonth);

    /** A {@code java.time.DayOfWeek} name, e.g. {@code MONDAY}. */
    @NotNull
    String getWeekStart();

    void setWeekStart(String weekStart);

    @NotNull
    int getStaleDays();

    void setStaleDays(int staleDays);

    /** The Number field holding a deal's win probability (KPI 16); null when the stages' probabilities are used. */
    String getProbabilityField();

    void setProbabilityField(String probabilityField);

    /** The select field whose options are forecast categories (KPI 17); null when not set. */
    String getForecastCategoryField();

    void setForecastCategoryField(String forecastCategoryField);

    /** The version readers see; {@link ProfileVersionEntity} is what makes claiming it atomic. */
    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
