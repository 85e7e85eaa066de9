package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import org.saleskpi.core.gadget.whosbehind.TargetPace;
import org.saleskpi.core.gadget.whosbehind.WhosBehindDataset;
import org.saleskpi.core.gadget.whosbehind.WhosBehindGadget;
import org.saleskpi.core.gadget.whosbehind.WhosBehindOptions;
import org.saleskpi.web.json.ValueJson;

/**
 * {@code whos-behind}: {@code staleDays} (default the profile's), {@code maxKeys} (1..500, default
 * 50). Targets behind pace come from the active goals of the profile's project.
 */
final class WhosBehindType implements GadgetType {

    @Override
    public String key() {
        return "whos-behind";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        WhosBehindOptions options = new WhosBehindOptions(request.today(),
                request.whole("staleDays", request.model().staleDays(), 1, 3660),
                request.whole("maxKeys", WhosBehindOptions.DEFAULT_MAX_KEYS, 1, 500));
        WhosBehindGadget gadget = new WhosBehindGadget(request.model(), request.drill());
        return new Plan(gadget.columns(), table -> {
            List<TargetPace> targets = TargetPace.behind(request.goals(false), request.today());
            return json(gadget.dataset(table, options, targets), request);
        });
    }

    private static JsonObject json(WhosBehindDataset dataset, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "whos-behind");
        json.addProperty("currency", dataset.currency());
        json.addProperty("today", dataset.today().toString());
        json.addProperty("staleDays", dataset.staleDays());
        JsonArray reps = new JsonArray();
        for (WhosBehindDataset.Rep rep : dataset.reps()) {
            JsonObject item = new JsonObject();
            item.addProperty("rep", rep.rep());
            item.addProperty("displayName", request.person(rep.rep()));
            item.add("overdueIssues", keys(rep.overdueIssues()));
            item.add("overdueDeals", keys(rep.overdueDeals()));
            item.add("staleDeals", keys(rep.staleDeals()));
            JsonArray targets = new JsonArray();
            for (TargetPace target : rep.targetsBehind()) {
                JsonObject pace = new JsonObject();
                pace.addProperty("goal", target.goal());
                pace.addProperty("target", target.target());
                pace.add("progress", ValueJson.decimal(target.progress()));
                pace.add("expectedProgress", ValueJson.decimal(target.expectedProgress()));
                targets.add(pace);
            }
            item.add("targetsBehind", targets);
            reps.add(item);
        }
        json.add("reps", reps);
        return json;
    }

    private static JsonObject keys(WhosBehindDataset.IssueKeys keys) {
        JsonObject json = new JsonObject();
        json.addProperty("count", keys.count());
        ValueJson.putJql(json, "jql", keys.jql());
        JsonArray list = new JsonArray();
        keys.keys().forEach(list::add);
        json.add("keys", list);
        return json;
    }
}
