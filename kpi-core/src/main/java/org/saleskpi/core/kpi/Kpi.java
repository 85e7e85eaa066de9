package org.saleskpi.core.kpi;

import java.util.Optional;

/** The KPIs of KPI-DEFINITIONS.md, with the stable keys used in preferences, URLs and goals. */
public enum Kpi {
    /** Sum and count of deals won in P: the base figure the others build on. */
    WON_REVENUE("won-revenue"),
    TARGET_ATTAINMENT("target-attainment"),
    SALES_PER_REP("sales-per-rep"),
    SALES_CYCLE("sales-cycle"),
    EMAIL_OPEN_RATE("email-open-rate"),
    NEW_LEADS("new-leads"),
    NEW_OPPORTUNITIES("new-opportunities"),
    LEAD_CONVERSION("lead-conversion"),
    WIN_RATE("win-rate"),
    TIME_TO_CONVERT("time-to-convert"),
    SALES_GROWTH("sales-growth"),
    CLV("clv"),
    CHURN_RATE("churn-rate"),
    RETENTION_RATE("retention-rate"),
    CAC("cac");

    private final String key;

    Kpi(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** i18n key of the KPI's name. */
    public String messageKey() {
        return "saleskpi.kpi." + key;
    }

    public static Kpi fromKey(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("unknown KPI: " + key));
    }

    /** The KPI with this key, if there is one. */
    public static Optional<Kpi> find(String key) {
        for (Kpi kpi : values()) {
            if (kpi.key.equals(key)) {
                return Optional.of(kpi);
            }
        }
        return Optional.empty();
    }

    /** Whether a goal's KPI target can use it: attainment needs a target of its own, so it cannot. */
    public boolean canBeTargeted() {
        return this != TARGET_ATTAINMENT;
    }
}
