package org.saleskpi.core.gadget.battery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * The {@code battery} gadget: a goal's (or one of its targets') progress as a charge level; the goal must be one
 * the caller may see, else it is not found.
 */
public final class BatteryType implements Gadget {

    @Override
    public String key() {
        return "battery";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.of("goal", OptionKind.GOAL).asRequired(),
                OptionSpec.of("target", OptionKind.GOAL_TARGET).field("goalTarget"));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        long goalId = request.input().id("goal").orElseThrow();
        Optional<Long> targetId = request.input().id("target");
        Goal goal = request.host().goal(goalId);
        if (targetId.isPresent() && goal.targets().stream().noneMatch(t -> t.id() == targetId.get())) {
            throw InvalidInputException.of("target", "saleskpi.gadget.target.unknown",
                    "target: goal " + goalId + " has no target " + targetId.get() + ".");
        }
        BatteryGadget gadget = new BatteryGadget(request.host().targetDrill());
        return Plan.withoutIssues(dates -> json(gadget.dataset(request.host().measured(goal), targetId,
                dates.today())));
    }

    private static Node json(BatteryDataset dataset) {
        Node.Fields json = Node.fields().put("type", "battery").put("goalId", dataset.goalId())
                .put("goalName", dataset.goalName())
                .put("targetId", dataset.targetId().map(BigDecimal::valueOf).orElse(null))
                .put("name", dataset.name()).put("kind", dataset.kind())
                .put("unitLabel", dataset.unitLabel().orElse(null)).put("currency", dataset.currency().orElse(null))
                .put("colour", dataset.colour()).put("progress", dataset.progress().orElse(null))
                .put("status", dataset.status().map(GoalStatus::key).orElse(null))
                .put("elapsedShare", dataset.elapsedShare()).put("today", dataset.today().toString());
        return json.put("values", dataset.values().<Node>map(values -> Node.fields().put("start", values.start())
                .put("target", values.target()).put("current", values.current())).orElse(Node.Null.NULL))
                .putJql("jql", dataset.jql());
    }
}
