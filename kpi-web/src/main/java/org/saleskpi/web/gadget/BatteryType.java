package org.saleskpi.web.gadget;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.Optional;
import org.saleskpi.core.drill.TargetDrill;
import org.saleskpi.core.gadget.battery.BatteryDataset;
import org.saleskpi.core.gadget.battery.BatteryGadget;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.ValueJson;

/**
 * {@code battery}: {@code goal} (required, a goal of a project the caller may browse, else 404)
 * and {@code target} (one of its targets' ids; absent for the whole goal).
 */
final class BatteryType implements GadgetType {

    @Override
    public String key() {
        return "battery";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        long goalId = request.id("goal").orElseThrow(() -> InvalidInputException.of("goal",
                "saleskpi.gadget.goal.required", "goal is required: the id of the goal to show."));
        Optional<Long> targetId = request.id("target");
        Goal goal = request.services().goals().get(goalId)
                .filter(g -> request.caller().canBrowse(g.projectKey()) || request.caller().isSystemAdmin())
                .orElseThrow(() -> new NotFoundException("Goal " + goalId + " does not exist or you may not see it."));
        if (targetId.isPresent() && goal.targets().stream().noneMatch(t -> t.id() == targetId.get())) {
            throw InvalidInputException.of("target", "saleskpi.gadget.target.unknown",
                    "target: goal " + goalId + " has no target " + targetId.get() + ".");
        }
        return Plan.withoutIssues(() -> json(new BatteryGadget(new TargetDrill(request.services().profiles()::get))
                .dataset(request.measured(goal), targetId,
                request.today())));
    }

    private static JsonObject json(BatteryDataset dataset) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "battery");
        json.addProperty("goalId", dataset.goalId());
        json.addProperty("goalName", dataset.goalName());
        json.add("targetId", dataset.targetId().map(id -> ValueJson.decimal(BigDecimal.valueOf(id)))
                .orElse(JsonNull.INSTANCE));
        json.addProperty("name", dataset.name());
        json.addProperty("kind", dataset.kind());
        json.addProperty("unitLabel", dataset.unitLabel().orElse(null));
        json.addProperty("currency", dataset.currency().orElse(null));
        json.addProperty("colour", dataset.colour());
        json.add("progress", ValueJson.decimal(dataset.progress().orElse(null)));
        json.addProperty("status", dataset.status().map(GoalStatus::key).orElse(null));
        json.add("elapsedShare", ValueJson.decimal(dataset.elapsedShare()));
        json.addProperty("today", dataset.today().toString());
        json.add("values", dataset.values().<JsonElement>map(BatteryType::values).orElse(JsonNull.INSTANCE));
        ValueJson.putJql(json, "jql", dataset.jql());
        return json;
    }

    private static JsonObject values(BatteryDataset.Values values) {
        JsonObject json = new JsonObject();
        json.add("start", ValueJson.decimal(values.start()));
        json.add("target", ValueJson.decimal(values.target()));
        json.add("current", ValueJson.decimal(values.current()));
        return json;
    }
}
