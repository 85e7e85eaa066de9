package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.saleskpi.core.gadget.goals.GoalsOverviewDataset;
import org.saleskpi.core.gadget.goals.GoalsOverviewGadget;
import org.saleskpi.core.gadget.goals.GoalsOverviewOptions;
import org.saleskpi.core.goal.GoalStatus;
import org.saleskpi.web.json.ValueJson;

/**
 * {@code goals} (goals overview): {@code order} (attention, due-date or name), {@code limit}
 * (1..500, default 50), {@code archived}. Lists the goals of the profile's project.
 */
final class GoalsType implements GadgetType {

    @Override
    public String key() {
        return "goals";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        String order = request.text("order");
        GoalsOverviewOptions options = new GoalsOverviewOptions(
                order == null || order.isBlank() ? GoalsOverviewOptions.Order.ATTENTION
                        : GoalsOverviewOptions.Order.fromKey(order.trim()),
                request.whole("limit", GoalsOverviewOptions.defaults().limit(), 1, 500));
        boolean archived = request.flag("archived");
        return Plan.withoutIssues(() -> json(new GoalsOverviewGadget().dataset(request.goals(archived), options,
                request.today()), request));
    }

    private static JsonObject json(GoalsOverviewDataset dataset, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "goals");
        json.addProperty("today", dataset.today().toString());
        json.addProperty("total", dataset.total());
        json.addProperty("noTargets", dataset.noTargets());
        JsonObject counts = new JsonObject();
        for (GoalStatus status : GoalStatus.values()) {
            counts.addProperty(status.key(), dataset.statusCounts().getOrDefault(status, 0));
        }
        json.add("statusCounts", counts);
        JsonArray rows = new JsonArray();
        for (GoalsOverviewDataset.Row row : dataset.rows()) {
            JsonObject item = new JsonObject();
            item.addProperty("goalId", row.goalId());
            item.addProperty("name", row.name());
            item.addProperty("ownerKey", row.ownerKey());
            item.addProperty("ownerName", request.person(row.ownerKey()));
            item.addProperty("colour", row.colour());
            item.addProperty("startDate", row.startDate().toString());
            item.addProperty("dueDate", row.dueDate().toString());
            item.addProperty("archived", row.archived());
            item.add("progress", ValueJson.decimal(row.progress().orElse(null)));
            item.addProperty("status", row.status().map(GoalStatus::key).orElse(null));
            item.add("elapsedShare", ValueJson.decimal(row.elapsedShare()));
            item.addProperty("targets", row.targets());
            item.addProperty("targetsBehind", row.targetsBehind());
            rows.add(item);
        }
        json.add("rows", rows);
        return json;
    }

}
