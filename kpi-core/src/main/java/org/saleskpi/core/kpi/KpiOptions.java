package org.saleskpi.core.kpi;

import java.util.Objects;

/** The variants a user may pick where KPI-DEFINITIONS.md offers several; the defaults come first. */
public record KpiOptions(Attainment attainment, ClvMethod clvMethod, ClvWindow clvWindow, ChurnMode churnMode,
        FunnelCohort funnelCohort, FunnelOrder funnelOrder) {

    public KpiOptions {
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(clvMethod, "clvMethod");
        Objects.requireNonNull(clvWindow, "clvWindow");
        Objects.requireNonNull(churnMode, "churnMode");
        Objects.requireNonNull(funnelCohort, "funnelCohort");
        Objects.requireNonNull(funnelOrder, "funnelOrder");
    }

    /** The options of the ten KPIs, with the stage funnel's defaults. */
    public KpiOptions(Attainment attainment, ClvMethod clvMethod, ClvWindow clvWindow, ChurnMode churnMode) {
        this(attainment, clvMethod, clvWindow, churnMode, FunnelCohort.CREATED, FunnelOrder.CUMULATIVE);
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

    /** The stage funnel's cohort (row 11): deals created in P, or deals that entered the first stage in P. */
    public enum FunnelCohort { CREATED, ENTERED_FIRST_STAGE }

    /** Cumulative (a skipped stage counts as passed) or strict (stages entered in order), row 11. */
    public enum FunnelOrder { CUMULATIVE, STRICT }

    public KpiOptions withChurnMode(ChurnMode value) {
        return new KpiOptions(attainment, clvMethod, clvWindow, value, funnelCohort, funnelOrder);
    }

    public KpiOptions withFunnel(FunnelCohort cohort, FunnelOrder order) {
        return new KpiOptions(attainment, clvMethod, clvWindow, churnMode, cohort, order);
    }
}
