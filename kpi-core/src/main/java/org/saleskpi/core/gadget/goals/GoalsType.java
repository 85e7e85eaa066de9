package org.saleskpi.core.gadget.goals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;

/** The {@code goals} gadget (goals overview): the profile project's goals, those needing attention first. */
public final class GoalsType implements Gadget {

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("order", orders()).byDefault(GoalsOverviewOptions.Order.ATTENTION.key()),
                OptionSpec.whole("limit", 1, 500).byDefault(String.valueOf(GoalsOverviewOptions.defaults().limit())),
                OptionSpec.of("archived", OptionKind.FLAG));
    }

    private static String[] orders() {
        GoalsOverviewOptions.Order[] orders = GoalsOverviewOptions.Order.values();
        String[] keys = new String[orders.length];
        for (int i = 0; i < orders.length; i++) {
            keys[i] = orders[i].key();
        }
        return keys;
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        GoalsOverviewOptions options = new GoalsOverviewOptions(
                GoalsOverviewOptions.Order.fromKey(in.choice("order").orElseThrow()), in.whole("limit").orElseThrow());
        boolean archived = in.flag("archived");
        return Plan.withoutIssues(dates -> {
            List<Goal> goals = request.host().goals(archived);
            TargetDrill drill = request.host().targetDrill();
            Map<Long, Optional<String>> drills = new HashMap<>();
            goals.forEach(goal -> drills.put(goal.id(), drill.of(goal)));
            return json(new GoalsOverviewGadget().dataset(goals, options, dates.today()), drills, request);
        });
    }

    private static Node json(GoalsOverviewDataset dataset, Map<Long, Optional<String>> drills,
            GadgetRequest request) {
        Node.Fields counts = Node.fields();
        for (GoalStatus status : GoalStatus.values()) {
            counts.put(status.key(), dataset.statusCounts().getOrDefault(status, 0));
        }
        Node.Items rows = new Node.Items();
        for (GoalsOverviewDataset.Row row : dataset.rows()) {
            rows.add(Node.fields().put("goalId", row.goalId()).put("name", row.name())
                    .put("ownerKey", row.ownerKey()).put("ownerName", request.host().person(row.ownerKey()))
                    .put("colour", row.colour()).put("startDate", row.startDate().toString())
                    .put("dueDate", row.dueDate().toString()).put("archived", row.archived())
                    .put("progress", row.progress().orElse(null))
                    .put("status", row.status().map(GoalStatus::key).orElse(null))
                    .put("elapsedShare", row.elapsedShare()).put("targets", row.targets())
                    .put("targetsBehind", row.targetsBehind())
                    .putJql("jql", drills.getOrDefault(row.goalId(), Optional.empty())));
        }
        return Node.fields().put("type", "goals").put("today", dataset.today().toString())
                .put("total", dataset.total()).put("noTargets", dataset.noTargets()).put("statusCounts", counts)
                .put("rows", rows);
    }
}
