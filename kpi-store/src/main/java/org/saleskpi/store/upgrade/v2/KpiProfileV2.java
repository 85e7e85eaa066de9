package org.saleskpi.store.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A row of KPI profile as model version 2 stores it: version 1's columns and the pipeline's two fields.
 * Frozen like the copies of version 1.
 */
@Table("KpiProfile")
public interface KpiProfileV2 extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    String getName();

    void setName(String name);

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

    @NotNull
    String getCurrencyCode();

    void setCurrencyCode(String currencyCode);

    @NotNull
    String getZoneId();

    void setZoneId(String zoneId);

    @NotNull
    int getFiscalStartMonth();

    void setFiscalStartMonth(int fiscalStartMonth);

    @NotNull
    String getWeekStart();

    void setWeekStart(String weekStart);

    @NotNull
    int getStaleDays();

    void setStaleDays(int staleDays);

    String getProbabilityField();

    void setProbabilityField(String probabilityField);

    String getForecastCategoryField();

    void setForecastCategoryField(String forecastCategoryField);

    @NotNull
    long getRowVersion();

    void setRowVersion(long rowVersion);
}
