package org.saleskpi.web.gadget;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.saleskpi.core.gadget.RepActivityDataset;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.gadget.completed.CompletedGadget;
import org.saleskpi.core.gadget.workedon.WorkedOnGadget;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.web.json.ValueJson;

/**
 * {@code completed} (issues resolved) and {@code worked-on} (issues by last update) per assignee:
 * {@code bucket} (default week) over the period.
 */
final class ActivityType implements GadgetType {
    private final String key;
    private final Function<GadgetRequest, Activity> gadget;

    private ActivityType(String key, Function<GadgetRequest, Activity> gadget) {
        this.key = key;
        this.gadget = gadget;
    }

    /** The two core gadgets share no interface; this is what both offer. */
    private record Activity(Supplier<Set<Column>> columns, BiFunction<IssueTable, Timeline, RepActivityDataset> dataset) {
    }

    static ActivityType completed() {
        return new ActivityType("completed", request -> {
            CompletedGadget completed = new CompletedGadget(request.model(), request.drill());
            return new Activity(completed::columns, completed::dataset);
        });
    }

    static ActivityType workedOn() {
        return new ActivityType("worked-on", request -> {
            WorkedOnGadget workedOn = new WorkedOnGadget(request.model(), request.drill());
            return new Activity(workedOn::columns, workedOn::dataset);
        });
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Plan plan(GadgetRequest request) {
        Timeline timeline = new Timeline(request.period(), request.bucket(Bucket.WEEK));
        timeline.buckets(request.model().calendar());
        Activity activity = gadget.apply(request);
        return new Plan(activity.columns().get(), table -> json(activity.dataset().apply(table, timeline), request));
    }

    private JsonObject json(RepActivityDataset dataset, GadgetRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("type", key);
        json.addProperty("currency", dataset.currency());
        json.addProperty("unit", "count");
        json.addProperty("bucket", dataset.bucket().key());
        json.add("buckets", ValueJson.periods(dataset.buckets()));
        JsonArray reps = new JsonArray();
        for (RepActivityDataset.RepCounts rep : dataset.reps()) {
            JsonObject item = new JsonObject();
            item.addProperty("rep", rep.rep());
            item.addProperty("displayName", request.person(rep.rep()));
            ValueJson.putAll(item, "counts", rep.counts());
            ValueJson.put(item, "total", rep.total());
            ValueJson.putJqls(item, "jql", rep.jql());
            ValueJson.putJql(item, "totalJql", rep.totalJql());
            reps.add(item);
        }
        json.add("reps", reps);
        JsonObject totals = new JsonObject();
        ValueJson.putAll(totals, "counts", dataset.totals());
        ValueJson.putJqls(totals, "jql", dataset.totalsJql());
        json.add("totals", totals);
        return json;
    }
}
