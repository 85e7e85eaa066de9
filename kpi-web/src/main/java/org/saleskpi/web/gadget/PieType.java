package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.saleskpi.core.gadget.pie.PieDataset;
import org.saleskpi.core.gadget.pie.PieGadget;
import org.saleskpi.core.gadget.pie.PieOptions;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.GroupingParam;
import org.saleskpi.web.kpi.KpiTexts;

/** {@code pie}: {@code kpi} (a count or sum), {@code groupBy} (default rep), {@code topN} (1..50, default 8). */
final class PieType implements GadgetType {

    @Override
    public String key() {
        return "pie";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GroupingParam grouping = request.grouping("groupBy", GroupingParam.rep(request.model()));
        PieOptions options = new PieOptions(request.figure(), request.period(), grouping.dimension(),
                request.whole("topN", PieOptions.DEFAULT_TOP_N, 1, 50));
        PieGadget gadget = new PieGadget(request.model(), KpiOptions.defaults(), request.drill());
        return new Plan(gadget.columns(options), table -> json(gadget.dataset(table, options), grouping, request));
    }

    private static JsonObject json(PieDataset dataset, GroupingParam grouping, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "pie");
        json.addProperty("currency", dataset.currency());
        json.addProperty("unit", KpiTexts.unitKey(dataset.unit()));
        json.addProperty("figure", dataset.figure());
        json.add("period", ValueJson.period(dataset.period()));
        ValueJson.put(json, "total", dataset.total());
        JsonArray slices = new JsonArray();
        for (PieDataset.Slice slice : dataset.slices()) {
            JsonObject item = new JsonObject();
            item.addProperty("group", slice.group());
            item.addProperty("label", slice.other() ? "Other" : request.label(grouping, slice.group()));
            item.addProperty("other", slice.other());
            ValueJson.put(item, "value", slice.value());
            ValueJson.put(item, "share", slice.share());
            ValueJson.putJql(item, "jql", slice.jql());
            slices.add(item);
        }
        json.add("slices", slices);
        return json;
    }
}
