package org.saleskpi.store.kpi;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A rep's quota for one period of a project ({@code AO_xxxxxx_REP_QUOTA}). Dates are ISO
 * {@code yyyy-MM-dd} text, which sorts and compares in SQL as the dates do; the end is exclusive.
 */
@Table("RepQuota")
public interface QuotaEntity extends Entity {

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @NotNull
    @Indexed
    String getRepKey();

    void setRepKey(String repKey);

    @NotNull
    @Indexed
    String getPeriodStart();

    void setPeriodStart(String periodStart);

    @NotNull
    @Indexed
    String getPeriodEnd();

    void setPeriodEnd(String periodEnd);

    /** Exact decimal as {@code BigDecimal.toPlainString()}, so no amount is rounded. */
    @NotNull
    String getAmount();

    void setAmount(String amount);
}
