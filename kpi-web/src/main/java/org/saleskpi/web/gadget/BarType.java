package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Optional;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.bar.BarDataset;
import org.saleskpi.core.gadget.bar.BarGadget;
import org.saleskpi.core.gadget.bar.BarOptions;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.validation.InvalidInputException;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.GroupingParam;
import org.saleskpi.web.kpi.KpiTexts;

/**
 * {@code bar}: {@code kpi}, {@code groupBy} (default rep), {@code stackBy}, {@code maxStacks} (1..50, default 8),
 * {@code target=quota}; quotas are money, so against a figure of another unit each bar's target is
 * absent with reason {@code target-in-other-unit} instead of drawn.
 */
final class BarType implements GadgetType {

    @Override
    public String key() {
        return "bar";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GroupingParam grouping = request.grouping("groupBy", GroupingParam.rep(request.model()));
        Optional<GroupingParam> stacking = request.grouping("stackBy");
        String target = request.text("target");
        if (target != null && !target.isBlank() && !GadgetRequest.QUOTA.equals(target.trim())) {
            throw InvalidInputException.of("target", "saleskpi.gadget.target.bar",
                    "target of a bar gadget can only be quota.");
        }
        BarOptions options = new BarOptions(request.figure(), request.period(), grouping.dimension(),
                stacking.map(GroupingParam::dimension),
                request.whole("maxStacks", BarOptions.DEFAULT_MAX_STACKS, 1, 50),
                target == null || target.isBlank() ? Optional.empty() : Optional.of(TargetSource.QUOTAS));
        BarGadget gadget = new BarGadget(request.model(), KpiOptions.defaults(), request.drill());
        return new Plan(gadget.columns(options),
                table -> json(gadget.dataset(table, options, request.quotas(), request.comparison()), grouping,
                        stacking, request));
    }

    private static JsonObject json(BarDataset dataset, GroupingParam grouping, Optional<GroupingParam> stacking,
            GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "bar");
        json.addProperty("currency", dataset.currency());
        json.addProperty("unit", KpiTexts.unitKey(dataset.unit()));
        json.addProperty("figure", dataset.figure());
        json.add("period", ValueJson.period(dataset.period()));
        JsonArray stacks = new JsonArray();
        for (BarDataset.Stack stack : dataset.stacks()) {
            JsonObject item = new JsonObject();
            item.addProperty("name", stack.name());
            item.addProperty("label", stack.other() ? "Other"
                    : stacking.map(s -> request.label(s, stack.name())).orElse(stack.name()));
            item.addProperty("other", stack.other());
            stacks.add(item);
        }
        json.add("stacks", stacks);
        JsonArray bars = new JsonArray();
        for (BarDataset.Bar bar : dataset.bars()) {
            JsonObject item = new JsonObject();
            item.addProperty("group", bar.group());
            item.addProperty("label", request.label(grouping, bar.group()));
            ValueJson.put(item, "value", bar.value());
            ValueJson.putAll(item, "stacks", bar.stacks());
            ValueJson.put(item, "target", bar.target());
            ValueJson.putJql(item, "jql", bar.jql());
            ValueJson.putJqls(item, "stacksJql", bar.stacksJql());
            bars.add(item);
        }
        json.add("bars", bars);
        return json;
    }
}
