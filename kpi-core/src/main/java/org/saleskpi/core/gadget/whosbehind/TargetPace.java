package org.saleskpi.core.gadget.whosbehind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Pace;
import org.saleskpi.core.goal.Progress;
import org.saleskpi.core.goal.Target;

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

    /** Every target of these goals that is behind pace on {@code today}, credited to its owner. */
    public static List<TargetPace> behind(List<Goal> goals, LocalDate today) {
        List<TargetPace> behind = new ArrayList<>();
        for (Goal goal : goals) {
            for (Target target : goal.targetsBehind(today)) {
                Pace pace = target.pace(goal, today);
                behind.add(new TargetPace(target.ownerKey(), goal.name(), target.name(), pace.progress().fraction(),
                        pace.elapsedShare()));
            }
        }
        return behind;
    }

    public boolean isBehind() {
        return pace().isBehind();
    }

    /** How far below the expected progress it is (negative when ahead). */
    public BigDecimal shortfall() {
        return pace().shortfall();
    }

    /**
     * How much of its pace it missed, as a share of the expected progress: 40 % done where 50 % was due missed 0.2
     * of it; 0 when on or ahead of pace, or before any of the goal's time has passed.
     */
    public BigDecimal paceMissed() {
        BigDecimal shortfall = shortfall();
        if (shortfall.signum() <= 0 || expectedProgress.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return shortfall.divide(expectedProgress, MathContext.DECIMAL64);
    }

    private Pace pace() {
        return new Pace(new Progress(progress), expectedProgress);
    }

    private static void requireShare(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }
}
