package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A goal's or target's progress on a day next to the share of the goal's time elapsed by then.
 *
 * @param elapsedShare see {@link Goal#elapsedShare(java.time.LocalDate)}
 * @param started whether the goal's start date has come (see {@link Goal#hasStarted(java.time.LocalDate)})
 */
public record Pace(Progress progress, BigDecimal elapsedShare, boolean started) {

    public Pace {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(elapsedShare, "elapsedShare");
        if (elapsedShare.signum() < 0 || elapsedShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("elapsed share must lie in [0, 1], was " + elapsedShare);
        }
    }

    /** A pace of a goal that has started. */
    public Pace(Progress progress, BigDecimal elapsedShare) {
        this(progress, elapsedShare, true);
    }

    public GoalStatus status() {
        return GoalStatus.of(progress, elapsedShare, started);
    }

    /** Behind pace: progress below the elapsed share, the "Who's behind" rule for a rep's targets. */
    public boolean isBehind() {
        return shortfall().signum() > 0;
    }

    /** How far progress lies below the elapsed share (negative when ahead). */
    public BigDecimal shortfall() {
        return elapsedShare.subtract(progress.fraction());
    }
}
