package org.saleskpi.core.gadget;

import java.util.List;
import java.util.function.Function;
import org.saleskpi.core.period.Bucket;

/**
 * What the {@code completed} and {@code worked-on} gadgets share: issues per assignee and bucket (default week)
 * over the period, counted by one of their dates (see {@link RepActivity}).
 */
public abstract class ActivityType implements Gadget {
    private final String key;
    private final Function<GadgetScope, RepActivity> activity;

    protected ActivityType(String key, Function<GadgetScope, RepActivity> activity) {
        this.key = key;
        this.activity = activity;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.period("this-quarter"),
                OptionSpec.of("bucket", OptionKind.BUCKET).byDefault("week"),
                OptionSpec.of("stacked", OptionKind.FLAG).byDefault("true").asLocal(),
                OptionSpec.colours());
    }

    @Override
    public final Plan plan(GadgetRequest request) {
        Bucket bucket = request.input().bucket("bucket").orElseThrow();
        new Timeline(request.dates().period(), bucket).buckets(request.model().calendar());
        RepActivity counting = activity.apply(request.scope());
        return new Plan(counting.columns(), (table, dates) -> {
            Timeline timeline = new Timeline(dates.period(), bucket);
            timeline.buckets(dates.calendar());
            return json(counting.dataset(table, timeline), request);
        });
    }

    private Node json(RepActivityDataset dataset, GadgetRequest request) {
        Node.Items reps = new Node.Items();
        for (RepActivityDataset.RepCounts rep : dataset.reps()) {
            reps.add(Node.fields().put("rep", rep.rep()).put("displayName", request.host().person(rep.rep()))
                    .putAll("counts", rep.counts()).put("total", rep.total()).putJqls("jql", rep.jql())
                    .putJql("totalJql", rep.totalJql()));
        }
        return Node.fields().put("type", key()).put("currency", dataset.currency()).put("unit", "count")
                .put("bucket", dataset.bucket().key()).put("buckets", Node.periods(dataset.buckets()))
                .put("reps", reps)
                .put("totals", Node.fields().putAll("counts", dataset.totals()).putJqls("jql", dataset.totalsJql()));
    }
}
