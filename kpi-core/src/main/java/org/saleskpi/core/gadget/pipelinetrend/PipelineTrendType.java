package org.saleskpi.core.gadget.pipelinetrend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * The {@code pipeline-trend} gadget (KPI-DEFINITIONS.md "As-of evaluation" and row 16, KPI {@code open-pipeline}):
 * the open pipeline's count, amount and weighted amount as it stood at the end of each week or month of the range,
 * read through the issues' change history in one pass (the KPI's figures at {@link AsOfPoint#PERIOD_END} of each
 * bucket). A bucket that begins after today has no value yet ({@code not-yet}); the running one is read as of now.
 * Where the host keeps no history every point is absent with {@code no-history}, and the dataset says so once.
 */
public final class PipelineTrendType implements Gadget {

    @Override
    public String key() {
        return "pipeline-trend";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.period("this-year"),
                OptionSpec.choice("bucket", "week", "month").field("trendBucket").byDefault("month"),
                OptionSpec.choice("show", "amounts", "count").byDefault("amounts"));
    }

    @Override
    public Plan plan(GadgetRequest request) {
        Bucket bucket = Bucket.fromKey(request.input().choice("bucket").orElseThrow());
        String show = request.input().choice("show").orElseThrow();
        List<Figure> figures = request.catalog().openPipeline(AsOfPoint.PERIOD_END).stream()
                .filter(f -> show.equals("count") == f.name().equals("count")).toList();
        List<Metric> metrics = figures.stream().map(Figure::metric).toList();
        return new Plan(MetricEngine.columns(metrics, Dimension.none()),
                MetricEngine.historyColumns(metrics, Dimension.none()),
                (table, dates) -> json(request, figures, bucket, table, dates));
    }

    private static Node json(GadgetRequest request, List<Figure> figures, Bucket bucket, IssueTable table,
            Dates dates) {
        List<Period> buckets = new Timeline(dates.period(), bucket).buckets(dates.calendar());
        List<Grid> grids = MetricEngine.evaluate(table, dates.calendar(),
                figures.stream().map(f -> new MetricEngine.Request(f.metric(), Dimension.none())).toList(), buckets,
                Inputs.none());
        Node.Items series = new Node.Items();
        Optional<AbsentReason> wholly = Optional.empty();
        for (int f = 0; f < figures.size(); f++) {
            List<Value> values = new ArrayList<>();
            for (int b = 0; b < buckets.size(); b++) {
                values.add(notYet(grids.get(f).value(0, b), buckets.get(b), dates.today()));
            }
            Optional<AbsentReason> reason = wholly(values);
            if (f == 0) {
                wholly = reason;
            }
            Node.Fields line = Node.fields().put("figure", figures.get(f).name())
                    .put("unit", figures.get(f).metric().unit().key()).putAll("values", values);
            reason.ifPresent(r -> line.put("absentReason", r.key()));
            series.add(line);
        }
        Node.Fields json = Node.fields().put("type", "pipeline-trend").put("bucket", bucket.key())
                .put("period", Node.period(dates.period())).put("today", dates.today().toString())
                .put("currency", request.model().currency().getCurrencyCode()).put("buckets", Node.periods(buckets))
                .put("series", series);
        wholly.ifPresent(reason -> json.put("absentReason", reason.key()));
        return json;
    }

    /** A bucket that begins after today: its end is still to come, so it has no value, not today's. */
    private static Value notYet(Value value, Period bucket, LocalDate today) {
        return bucket.start().isAfter(today) ? Value.absent(AbsentReason.NOT_YET) : value;
    }

    /**
     * Why a whole line is missing, which the gadget states once in place of its chart: the host keeps no history,
     * or the profile does not configure the figure (the weighted amount without stage probabilities).
     */
    private static Optional<AbsentReason> wholly(List<Value> values) {
        return values.stream().filter(v -> v instanceof Value.Absent a && a.reason() != AbsentReason.NOT_YET)
                .map(v -> ((Value.Absent) v).reason())
                .filter(r -> r == AbsentReason.NO_HISTORY || r == AbsentReason.NOT_CONFIGURED).findFirst();
    }
}
