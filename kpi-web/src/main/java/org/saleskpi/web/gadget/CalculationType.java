package org.saleskpi.web.gadget;

import com.google.gson.JsonObject;
import java.util.Optional;
import org.saleskpi.core.gadget.calculation.CalculationDataset;
import org.saleskpi.core.gadget.calculation.CalculationGadget;
import org.saleskpi.core.gadget.calculation.CalculationOptions;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.KpiTexts;

/** {@code calculation}: {@code kpi}; the figure over the period against the period before. */
final class CalculationType implements GadgetType {

    @Override
    public String key() {
        return "calculation";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        CalculationOptions options = new CalculationOptions(request.figure(), request.period(),
                request.wholePeriod(), Optional.of(request.today()));
        CalculationGadget gadget = new CalculationGadget(request.model(), KpiOptions.defaults(), request.drill());
        String zone = request.model().calendar().zone().getId();
        return new Plan(gadget.columns(options),
                table -> json(gadget.dataset(table, options, request.quotas()), zone));
    }

    private static JsonObject json(CalculationDataset dataset, String zone) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "calculation");
        json.addProperty("currency", dataset.currency());
        json.addProperty("unit", KpiTexts.unitKey(dataset.unit()));
        json.addProperty("figure", dataset.figure());
        json.add("period", ValueJson.period(dataset.period()));
        json.add("previousPeriod", ValueJson.period(dataset.previousPeriod()));
        json.add("comparison", ValueJson.comparison(dataset.comparison(), zone, dataset.running()));
        ValueJson.put(json, "value", dataset.value());
        ValueJson.put(json, "previous", dataset.previous());
        ValueJson.put(json, "delta", dataset.delta());
        ValueJson.put(json, "relativeDelta", dataset.relativeDelta());
        ValueJson.putJql(json, "jql", dataset.jql());
        ValueJson.putJql(json, "previousJql", dataset.previousJql());
        return json;
    }
}
