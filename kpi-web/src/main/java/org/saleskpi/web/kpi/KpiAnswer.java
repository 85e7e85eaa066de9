package org.saleskpi.web.kpi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.kpi.KpiResult;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.user.Directory;
import org.saleskpi.web.json.ValueJson;

/**
 * The JSON of {@code GET /kpis/{key}}: the headline value over the period with every figure of the
 * KPI as {@code measures}, then the same per bucket and per group.
 */
final class KpiAnswer {
    private KpiAnswer() {
    }

    /**
     * @param whole the KPI ungrouped over the single period
     * @param buckets the KPI ungrouped per bucket, or null without buckets
     * @param groups the KPI per group over the period, or null without grouping
     */
    static JsonObject of(KpiResult whole, Period period, KpiResult buckets, KpiResult groups, GroupingParam grouping,
            Directory directory) {
        JsonObject json = new JsonObject();
        json.addProperty("kpi", whole.kpi().key());
        json.addProperty("unit", KpiTexts.unitKey(whole.headline().unit()));
        json.addProperty("currency", whole.currency().getCurrencyCode());
        json.add("period", ValueJson.period(period));
        cell(json, whole, whole.headline().groups().get(0), 0);
        JsonArray bucketJson = new JsonArray();
        if (buckets != null) {
            List<Period> periods = buckets.headline().periods();
            for (int p = 0; p < periods.size(); p++) {
                JsonObject bucket = ValueJson.period(periods.get(p));
                cell(bucket, buckets, buckets.headline().groups().get(0), p);
                bucketJson.add(bucket);
            }
        }
        json.add("buckets", bucketJson);
        JsonArray groupJson = new JsonArray();
        if (groups != null) {
            List<String> keys = groups.headline().groups();
            for (int g = 0; g < keys.size(); g++) {
                JsonObject group = new JsonObject();
                group.addProperty("key", keys.get(g));
                group.addProperty("label", grouping.label(keys.get(g), directory));
                cell(group, groups, keys.get(g), 0);
                groupJson.add(group);
            }
        }
        json.add("groups", groupJson);
        return json;
    }

    /**
     * value, absentReason and measures of one group in one period; for a rate of counts the counts it divides,
     * {@code numerator} and {@code denominator} beside the headline and {@code measureParts} per rate measure.
     */
    private static void cell(JsonObject json, KpiResult result, String group, int period) {
        ValueJson.put(json, "value", result.headline().value(group, period));
        result.rateParts(result.headlineName(), group, period).ifPresent(counts -> {
            ValueJson.put(json, "numerator", counts.numerator());
            ValueJson.put(json, "denominator", counts.denominator());
            if (counts.amounts()) {
                json.addProperty("partsUnit", "amount");
            }
        });
        JsonObject measures = new JsonObject();
        JsonObject measureParts = new JsonObject();
        for (Map.Entry<String, Grid> figure : result.figures().entrySet()) {
            measures.add(figure.getKey(), ValueJson.number(figure.getValue().value(group, period)));
            result.rateParts(figure.getKey(), group, period).ifPresent(counts -> {
                JsonObject parts = new JsonObject();
                parts.add("numerator", ValueJson.number(counts.numerator()));
                parts.add("denominator", ValueJson.number(counts.denominator()));
                if (counts.amounts()) {
                    parts.addProperty("unit", "amount");
                }
                measureParts.add(figure.getKey(), parts);
            });
        }
        json.add("measures", measures);
        json.add("measureParts", measureParts);
    }
}
