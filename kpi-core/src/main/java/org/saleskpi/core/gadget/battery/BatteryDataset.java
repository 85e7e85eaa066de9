package org.saleskpi.core.gadget.battery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.goal.GoalStatus;

/**
 * How full a goal's or a target's battery is: its progress, its status against the elapsed share
 * of the goal's time, and for a target the values behind the progress.
 *
 * @param progress 0..1; empty for a goal without targets
 * @param status empty when progress is
 * @param kind the target kind's key, or {@code goal}
 * @param currency ISO code for currency targets, else empty
 * @param values start, target and current value of a target; empty for a goal
 * @param jql the issues behind a target (issues and KPI targets); empty for a goal and targets entered by hand
 */
public record BatteryDataset(
        long goalId,
        String goalName,
        Optional<Long> targetId,
        String name,
        String kind,
        Optional<String> unitLabel,
        Optional<String> currency,
        String colour,
        Optional<BigDecimal> progress,
        Optional<GoalStatus> status,
        BigDecimal elapsedShare,
        LocalDate today,
        Optional<Values> values,
        Optional<String> jql) {

    public BatteryDataset {
        Objects.requireNonNull(goalName, "goalName");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(elapsedShare, "elapsedShare");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(jql, "jql");
    }

    /** A target's numbers, as its owner entered them or the engine computed them. */
    public record Values(BigDecimal start, BigDecimal target, BigDecimal current) {
    }
}
