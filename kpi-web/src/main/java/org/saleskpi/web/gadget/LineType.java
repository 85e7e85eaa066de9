package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.gadget.line.LineDataset;
import org.saleskpi.core.gadget.line.LineGadget;
import org.saleskpi.core.gadget.line.LineOptions;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.web.json.ValueJson;
import org.saleskpi.web.kpi.GroupingParam;
import org.saleskpi.web.kpi.KpiTexts;

/**
 * {@code line}: {@code kpi} (repeated), {@code bucket} (default month), {@code cumulative},
 * {@code comparePrevious}, {@code target} (a number in the figures' unit, or {@code quota}: money, drawn
 * only against money figures, else absent with reason {@code target-in-other-unit}), {@code groupBy}.
 */
final class LineType implements GadgetType {

    @Override
    public String key() {
        return "line";
    }

    @Override
    public Plan plan(GadgetRequest request) {
        Optional<GroupingParam> grouping = request.grouping("groupBy");
        LineOptions options = new LineOptions(request.figures(),
                new Timeline(request.period(), request.bucket(Bucket.MONTH), request.wholePeriod()),
                request.flag("cumulative"), request.flag("comparePrevious"), target(request),
                grouping.map(GroupingParam::dimension), Optional.of(request.today()));
        LineGadget gadget = new LineGadget(request.model(), KpiOptions.defaults(), request.drill());
        options.timeline().buckets(request.model().calendar());
        return new Plan(gadget.columns(options),
                table -> json(gadget.dataset(table, options, request.quotas()), grouping, request));
    }

    private static Optional<LineOptions.Target> target(GadgetRequest request) {
        String target = request.text("target");
        if (target == null || target.isBlank()) {
            return Optional.empty();
        }
        if (GadgetRequest.QUOTA.equals(target.trim())) {
            return Optional.of(new LineOptions.Target.FromInputs(TargetSource.QUOTAS));
        }
        BigDecimal value = request.decimal("target").orElseThrow();
        return Optional.of(new LineOptions.Target.Fixed(value));
    }

    /**
     * Actual values of buckets that begin after today are absent, not zero: a line over this year
     * stops today instead of dropping to nothing in the months to come (targets still run on).
     */
    static List<Value> notYet(List<Value> values, List<Period> buckets, LocalDate today) {
        List<Value> shown = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            shown.add(buckets.get(i).start().isAfter(today) ? Value.absent(AbsentReason.NOT_YET) : values.get(i));
        }
        return shown;
    }

    private static JsonObject json(LineDataset dataset, Optional<GroupingParam> grouping, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "line");
        json.addProperty("currency", dataset.currency());
        json.addProperty("bucket", dataset.bucket().key());
        json.addProperty("cumulative", dataset.cumulative());
        json.add("buckets", ValueJson.periods(dataset.buckets()));
        json.add("previousBuckets", ValueJson.periods(dataset.previousBuckets()));
        // What each point and the whole line are compared over, in the profile's zone.
        String zone = request.model().calendar().zone().getId();
        JsonArray comparisons = new JsonArray();
        dataset.comparisons().forEach(c -> comparisons.add(ValueJson.comparison(c, zone,
                c.current().end().isAfter(request.today()) && !c.current().start().isAfter(request.today()))));
        json.add("comparisons", comparisons);
        dataset.comparison().ifPresent(c -> json.add("comparison", ValueJson.comparison(c, zone,
                request.wholePeriod().contains(request.today()))));
        JsonArray series = new JsonArray();
        for (LineDataset.Series line : dataset.series()) {
            JsonObject item = new JsonObject();
            item.addProperty("figure", line.figure());
            item.addProperty("group", line.group());
            item.addProperty("label", grouping.map(g -> request.label(g, line.group())).orElse(""));
            item.addProperty("kind", line.kind().name().toLowerCase(Locale.ROOT));
            item.addProperty("unit", KpiTexts.unitKey(line.unit()));
            ValueJson.putAll(item, "values", line.kind() == LineDataset.Kind.ACTUAL
                    ? notYet(line.values(), dataset.buckets(), request.today()) : line.values());
            ValueJson.putJqls(item, "jql", line.jql());
            series.add(item);
        }
        json.add("series", series);
        return json;
    }
}
