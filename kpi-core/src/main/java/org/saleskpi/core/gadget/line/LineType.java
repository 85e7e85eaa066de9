package org.saleskpi.core.gadget.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.gadget.Applies;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionKind;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * The {@code line} gadget: figures over time, bucket by bucket, with the previous period, a target (a number in the
 * figures' unit, or the reps' quotas: money, so drawn only against money figures, else absent with reason
 * {@code target-in-other-unit}) and optionally one line per group.
 */
public final class LineType implements Gadget {

    @Override
    public String key() {
        return "line";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.figures("won-revenue"),
                OptionSpec.period("this-year"),
                OptionSpec.of("bucket", OptionKind.BUCKET).byDefault("month"),
                OptionSpec.grouping("groupBy", true),
                OptionSpec.of("cumulative", OptionKind.FLAG).applies(Applies.ADDITIVE),
                OptionSpec.of("comparePrevious", OptionKind.FLAG),
                OptionSpec.of("target", OptionKind.TARGET).applies(Applies.ONE_UNIT),
                OptionSpec.colours());
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        Optional<GroupingParam> grouping = in.grouping("groupBy");
        List<FigureChoice> figures = in.figures("kpi");
        Bucket bucket = in.bucket("bucket").orElseThrow();
        Optional<LineOptions.Target> target = in.target("target").map(t -> t.quota()
                ? new LineOptions.Target.FromInputs(TargetSource.QUOTAS)
                : new LineOptions.Target.Fixed(t.number().orElseThrow()));
        Function<Dates, LineOptions> options = dates -> {
            LineOptions chosen = new LineOptions(figures, new Timeline(dates.period(), bucket, dates.whole()),
                    in.flag("cumulative"), in.flag("comparePrevious"), target, grouping.map(GroupingParam::dimension),
                    Optional.of(dates.today()));
            chosen.timeline().buckets(dates.calendar());
            return chosen;
        };
        LineGadget gadget = new LineGadget(request.scope());
        return new Plan(gadget.columns(options.apply(request.dates())), (table, dates) -> json(
                gadget.dataset(table, options.apply(dates), request.host().quotas(dates.quotaSpan())), grouping,
                request, dates));
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

    private static Node json(LineDataset dataset, Optional<GroupingParam> grouping, GadgetRequest request,
            Dates dates) {
        LocalDate today = dates.today();
        Node.Fields json = Node.fields().put("type", "line").put("currency", dataset.currency())
                .put("bucket", dataset.bucket().key()).put("cumulative", dataset.cumulative())
                .put("buckets", Node.periods(dataset.buckets()))
                .put("previousBuckets", Node.periods(dataset.previousBuckets()));
        // What each point and the whole line are compared over, in the profile's zone.
        Node.Items comparisons = new Node.Items();
        dataset.comparisons().forEach(c -> comparisons.add(Node.comparison(c, request.zone(),
                c.current().end().isAfter(today) && !c.current().start().isAfter(today))));
        json.put("comparisons", comparisons);
        dataset.comparison().ifPresent(c -> json.put("comparison", Node.comparison(c, request.zone(),
                dates.whole().contains(today))));
        Node.Items series = new Node.Items();
        for (LineDataset.Series line : dataset.series()) {
            series.add(Node.fields().put("figure", line.figure()).put("group", line.group())
                    .put("label", grouping.map(g -> request.host().label(g, line.group())).orElse(""))
                    .put("kind", line.kind().name().toLowerCase(Locale.ROOT)).put("unit", line.unit().key())
                    .putAll("values", line.kind() == LineDataset.Kind.ACTUAL
                            ? notYet(line.values(), dataset.buckets(), today) : line.values())
                    .putJqls("jql", line.jql()).putEachRateParts(line.rateParts()));
        }
        return json.put("series", series);
    }
}
