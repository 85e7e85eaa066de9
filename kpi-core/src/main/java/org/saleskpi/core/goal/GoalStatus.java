package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.util.Locale;

/** Where a goal or target stands against its time (KPI-DEFINITIONS.md, "Goals and targets", status). */
public enum GoalStatus {
    /** Progress is 100 %, whatever the date. */
    DONE,
    /** The goal's start date has not come yet, so no pace is expected of it. */
    NOT_STARTED,
    /** Progress is at or above the elapsed share of the goal's time. */
    ON_TRACK,
    /** Progress is below the elapsed share by at most 15 percentage points. */
    AT_RISK,
    /** Progress is below the elapsed share by more than 15 percentage points. */
    OFF_TRACK;

    /** The widest shortfall, as a fraction, that is still at risk rather than off track. */
    public static final BigDecimal AT_RISK_BAND = new BigDecimal("0.15");

    public static GoalStatus of(Progress progress, BigDecimal elapsedShare) {
        return of(progress, elapsedShare, true);
    }

    /** As {@link #of(Progress, BigDecimal)}; a goal that has not started is done or not started, never on track. */
    public static GoalStatus of(Progress progress, BigDecimal elapsedShare, boolean started) {
        if (progress.isComplete()) {
            return DONE;
        }
        if (!started) {
            return NOT_STARTED;
        }
        BigDecimal shortfall = new Pace(progress, elapsedShare).shortfall();
        if (shortfall.signum() <= 0) {
            return ON_TRACK;
        }
        return shortfall.compareTo(AT_RISK_BAND) <= 0 ? AT_RISK : OFF_TRACK;
    }

    /** Stable lower-case key for JSON and i18n, e.g. {@code at-risk}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
