package org.saleskpi.core.gadget.pie;

import java.util.List;
import java.util.function.Function;
import org.saleskpi.core.gadget.Applies;
import org.saleskpi.core.gadget.Dates;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.Gadget;
import org.saleskpi.core.gadget.GadgetInput;
import org.saleskpi.core.gadget.GadgetRequest;
import org.saleskpi.core.gadget.GroupingParam;
import org.saleskpi.core.gadget.Node;
import org.saleskpi.core.gadget.OptionSpec;
import org.saleskpi.core.gadget.Plan;

/** The {@code pie} gadget: shares of a figure that adds up, by group, the smallest groups as Other. */
public final class PieType implements Gadget {

    @Override
    public String key() {
        return "pie";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                // Slices are parts of a whole: only a figure that adds up (or a stock, such as the open
                // pipeline now) can be cut into them.
                OptionSpec.figure("won-revenue")
                        .applies(Applies.PARTS),
                OptionSpec.period("this-quarter"),
                OptionSpec.groupByRep(),
                OptionSpec.whole("topN", 1, 50).byDefault(String.valueOf(PieOptions.DEFAULT_TOP_N)),
                OptionSpec.colours());
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        FigureChoice figure = in.figure("kpi");
        GroupingParam grouping = in.grouping("groupBy").orElseThrow();
        int topN = in.whole("topN").orElseThrow();
        Function<Dates, PieOptions> options = dates -> new PieOptions(figure, dates.period(), grouping.dimension(),
                topN);
        PieGadget gadget = new PieGadget(request.scope());
        return new Plan(gadget.columns(options.apply(request.dates())),
                (table, dates) -> json(gadget.dataset(table, options.apply(dates)), grouping, request));
    }

    private static Node json(PieDataset dataset, GroupingParam grouping, GadgetRequest request) {
        Node.Items slices = new Node.Items();
        for (PieDataset.Slice slice : dataset.slices()) {
            slices.add(Node.fields().put("group", slice.group())
                    .put("label", slice.other() ? "Other" : request.host().label(grouping, slice.group()))
                    .put("other", slice.other()).put("value", slice.value()).put("share", slice.share())
                    .putJql("jql", slice.jql()));
        }
        return dataset.json("pie").put("total", dataset.total()).put("slices", slices);
    }
}
