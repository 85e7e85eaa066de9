package org.saleskpi.core.gadget.battery;

import java.time.LocalDate;
import java.util.Optional;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.core.goal.Pace;
import org.saleskpi.core.goal.Progress;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;

/** The battery gadget: one goal's progress, or one of its targets', with its status colour. */
public final class BatteryGadget {
    private final TargetDrill drill;

    public BatteryGadget(TargetDrill drill) {
        this.drill = drill;
    }

    /**
     * @param targetId the target to show, or empty for the whole goal
     * @param today the host's today in the profile's zone
     * @throws IllegalArgumentException naming {@code targetId} when the goal has no such target
     */
    public BatteryDataset dataset(Goal goal, Optional<Long> targetId, LocalDate today) {
        if (targetId.isEmpty()) {
            Optional<Pace> pace = goal.pace(today);
            return new BatteryDataset(goal.id(), goal.name(), Optional.empty(), goal.name(), "goal", Optional.empty(),
                    Optional.empty(), goal.colour(), pace.map(p -> p.progress().fraction()), pace.map(Pace::status),
                    // A goal weighs targets of several kinds: no one set of issues stands behind it.
                    goal.elapsedShare(today), today, Optional.empty(), Optional.empty());
        }
        Target target = goal.targets().stream().filter(t -> t.id() == targetId.get()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "targetId: goal " + goal.id() + " has no target " + targetId.get()));
        Pace pace = target.pace(goal, today);
        Progress progress = pace.progress();
        Optional<String> currency = target.kind() instanceof TargetKind.Amount amount
                ? Optional.of(amount.currency().getCurrencyCode()) : Optional.empty();
        GoalStatus status = pace.status();
        return new BatteryDataset(goal.id(), goal.name(), Optional.of(target.id()), target.name(), target.kind().key(),
                target.unitLabel(), currency, goal.colour(), Optional.of(progress.fraction()), Optional.of(status),
                pace.elapsedShare(), today,
                Optional.of(new BatteryDataset.Values(target.startValue(), target.targetValue(), target.currentValue())),
                drill.of(goal, target));
    }
}
