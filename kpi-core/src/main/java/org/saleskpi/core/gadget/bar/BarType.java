package org.saleskpi.core.gadget.bar;

import java.util.List;
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

/**
 * The {@code bar} gadget: a figure per group, optionally stacked, with each rep's quota; quotas are money, so
 * against a figure of another unit each bar's target is absent with reason {@code target-in-other-unit}.
 */
public final class BarType implements Gadget {

    @Override
    public String key() {
        return "bar";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.jql(),
                OptionSpec.figure("won-revenue"),
                OptionSpec.period("this-quarter"),
                OptionSpec.groupByRep(),
                OptionSpec.grouping("stackBy", true).applies(Applies.ADDITIVE),
                OptionSpec.whole("maxStacks", 1, 50).byDefault(String.valueOf(BarOptions.DEFAULT_MAX_STACKS))
                        .applies(Applies.ADDITIVE),
                OptionSpec.of("target", OptionKind.QUOTA).field("quota").applies(Applies.MONEY),
                OptionSpec.colours());
    }

    @Override
    public Plan plan(GadgetRequest request) {
        GadgetInput in = request.input();
        FigureChoice figure = in.figure("kpi");
        GroupingParam grouping = in.grouping("groupBy").orElseThrow();
        Optional<GroupingParam> stacking = in.grouping("stackBy");
        Optional<TargetSource> target = in.quota("target") ? Optional.of(TargetSource.QUOTAS) : Optional.empty();
        int maxStacks = in.whole("maxStacks").orElseThrow();
        Function<Dates, BarOptions> options = dates -> new BarOptions(figure, dates.period(), grouping.dimension(),
                stacking.map(GroupingParam::dimension), maxStacks, target);
        BarGadget gadget = new BarGadget(request.scope());
        return new Plan(gadget.columns(options.apply(request.dates())), (table, dates) -> json(gadget.dataset(table,
                options.apply(dates), request.host().quotas(dates.quotaSpan()), dates.comparison()), grouping,
                stacking, request));
    }

    private static Node json(BarDataset dataset, GroupingParam grouping, Optional<GroupingParam> stacking,
            GadgetRequest request) {
        Node.Items stacks = new Node.Items();
        for (BarDataset.Stack stack : dataset.stacks()) {
            stacks.add(Node.fields().put("name", stack.name())
                    .put("label", stack.other() ? "Other"
                            : stacking.map(s -> request.host().label(s, stack.name())).orElse(stack.name()))
                    .put("other", stack.other()));
        }
        Node.Items bars = new Node.Items();
        for (BarDataset.Bar bar : dataset.bars()) {
            bars.add(Node.fields().put("group", bar.group()).put("label", request.host().label(grouping, bar.group()))
                    .put("value", bar.value()).putAll("stacks", bar.stacks()).put("target", bar.target())
                    .putJql("jql", bar.jql()).putJqls("stacksJql", bar.stacksJql()).putRateParts(bar.rateParts()));
        }
        return dataset.json("bar").put("stacks", stacks).put("bars", bars);
    }
}
