package org.saleskpi.core.kpi;

import java.util.Objects;

/** The variants a user may pick where KPI-DEFINITIONS.md offers several; the defaults come first. */
public record KpiOptions(Attainment attainment, ClvMethod clvMethod, ClvWindow clvWindow, ChurnMode churnMode) {

    public KpiOptions {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(clvMethod, "clvMethod");
        Objects.requireNonNull(clvWindow, "clvWindow");
        Objects.requireNonNull(churnMode, "churnMode");
    }

    public static KpiOptions defaults() {
        return new KpiOptions(Attainment.WON_AMOUNT, ClvMethod.HISTORICAL, ClvWindow.ALL_TIME, ChurnMode.AUTO);
    }

    /** What "actual" counts in target attainment. */
    public enum Attainment { WON_AMOUNT, WON_COUNT, NEW_CUSTOMERS }

    /** Historical (won amount per customer) or predictive (deal value x frequency x lifespan). */
    public enum ClvMethod { HISTORICAL, PREDICTIVE }

    /** Historical CLV over all time up to the end of P, or over P alone. */
    public enum ClvWindow { ALL_TIME, PERIOD }

    /** Explicit customer issues, derived from purchases, or explicit when the profile has customer types. */
    public enum ChurnMode { AUTO, EXPLICIT, DERIVED }

    public KpiOptions withChurnMode(ChurnMode value) {
        return new KpiOptions(attainment, clvMethod, clvWindow, value);
    }
}
