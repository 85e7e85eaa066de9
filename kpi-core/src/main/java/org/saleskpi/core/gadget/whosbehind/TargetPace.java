package org.saleskpi.core.gadget.whosbehind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One of a rep's targets and how far along it is, as the goals module computes it
 * (KPI-DEFINITIONS.md, "Goals and targets"). The host passes these in; a target is behind pace
 * when its progress is below the share of the goal's time already elapsed.
 *
 * @param rep the user key of the target's owner
 * @param progress 0..1
 * @param expectedProgress the elapsed share of the goal's time, 0..1
 */
public record TargetPace(String rep, String goal, String target, BigDecimal progress, BigDecimal expectedProgress) {

    public TargetPace {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(target, "target");
        requireShare(progress, "progress");
        requireShare(expectedProgress, "expectedProgress");
    }

    public boolean isBehind() {
        return progress.compareTo(expectedProgress) < 0;
    }

    /** How far below the expected progress it is (negative when ahead). */
    public BigDecimal shortfall() {
        return expectedProgress.subtract(progress);
    }

    private static void requireShare(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
