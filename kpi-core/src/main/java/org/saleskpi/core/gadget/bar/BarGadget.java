package org.saleskpi.core.gadget.bar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.Additive;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Comparison;

/**
 * Builds the bar gadget's dataset: a figure per group for one period, optionally stacked by a
 * second grouping and drawn against a per-group target.
 *
 * <p>The engine groups by one dimension per pass, so stacking takes two: the first ranks the
 * stack values by their total, the second computes, per bar, the figure restricted to each of the
 * top values and to everything else. Restricting is exact because stacking needs a figure that adds up.
 */
public final class BarGadget {
    private final GadgetScope scope;

    public BarGadget(GadgetScope scope) {
        this.scope = scope;
    }

    public Set<Column> columns(BarOptions options) {
        Set<Column> columns = new LinkedHashSet<>(MetricEngine.columns(List.of(figure(options).metric()),
                options.groupBy()));
        options.stackBy().ifPresent(stack -> columns.addAll(MetricEngine.columns(List.of(), stack)));
        return columns;
    }

    public BarDataset dataset(IssueTable table, BarOptions options, Inputs inputs) {
        return dataset(table, options, inputs, Comparison.whole(scope.model().calendar(), options.period()));
    }

    /**
     * The bars with a figure that looks back (period sales growth) comparing the spans of
     * {@code comparison}, e.g. a running quarter up to today against the previous one up to the same day.
     */
    public BarDataset dataset(IssueTable table, BarOptions options, Inputs inputs, Comparison comparison) {
        Figure figure = figure(options);
        List<BarDataset.Stack> stacks = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<Filter> stackFilters = new ArrayList<>();
        metrics.add(figure.metric());
        if (options.stackBy().isPresent()) {
            Dimension.By stackBy = (Dimension.By) options.stackBy().get();
            List<String> top = topStacks(table, figure.metric(), stackBy, options, inputs);
            List<Filter> topFilters = new ArrayList<>();
            for (String value : top) {
                Filter filter = value.isEmpty() ? Filter.empty(stackBy.column())
                        : Filter.in(stackBy.column(), Set.of(value));
                topFilters.add(filter);
                stackFilters.add(filter);
                stacks.add(new BarDataset.Stack(value, false));
                metrics.add(Additive.restrict(figure.metric(), filter));
            }
            stacks.add(new BarDataset.Stack("", true));
            stackFilters.add(Filter.not(new Filter.Or(topFilters)));
            metrics.add(Additive.restrict(figure.metric(), stackFilters.get(stackFilters.size() - 1)));
        }
        options.target().ifPresent(target -> metrics.add(target.metric()));
        int targetAt = metrics.size() - 1;
        // A rate's numerator and denominator last, in the same pass: stacking needs a figure that adds up, so a
        // rate's bar is never stacked and its parts are the whole bar's.
        Optional<RateParts> rateParts = RateParts.of(figure.metric());
        int partsAt = metrics.size();
        rateParts.ifPresent(rate -> metrics.addAll(rate.metrics()));

        List<Grid> grids = MetricEngine.evaluate(table, scope.model().calendar(),
                metrics.stream().map(m -> new MetricEngine.Request(m, options.groupBy())).toList(),
                List.of(options.period()), inputs, period -> Optional.of(comparison));
        Grid values = grids.get(0);
        List<BarDataset.Bar> bars = new ArrayList<>();
        for (int g = 0; g < values.groups().size(); g++) {
            String group = values.groups().get(g);
            Filter inGroup = DrillDown.group(options.groupBy(), group);
            List<Value> parts = new ArrayList<>();
            List<Optional<String>> partsJql = new ArrayList<>();
            for (int s = 0; s < stacks.size(); s++) {
                parts.add(grids.get(1 + s).value(g, 0));
                partsJql.add(scope.drill().of(figure.metric(), options.period(),
                        Filter.and(inGroup, stackFilters.get(s))));
            }
            Value target = options.target().isPresent()
                    ? options.target().get().against(figure.metric().unit(), grids.get(targetAt).value(g, 0))
                    : Value.absent(AbsentReason.NO_TARGET);
            int index = g;
            bars.add(new BarDataset.Bar(group, values.value(g, 0), parts, target,
                    scope.drill().of(figure.metric(), options.period(), inGroup), partsJql,
                    rateParts.map(rate -> new RateParts.Counts(grids.get(partsAt).value(index, 0),
                            grids.get(partsAt + 1).value(index, 0)))));
        }
        if (!stacks.isEmpty() && bars.stream().noneMatch(bar -> nonZero(bar.stacks().get(bar.stacks().size() - 1)))) {
            // Nothing outside the top values: an empty "other" stack would only clutter the legend.
            stacks.remove(stacks.size() - 1);
            bars.replaceAll(bar -> new BarDataset.Bar(bar.group(), bar.value(),
                    bar.stacks().subList(0, bar.stacks().size() - 1), bar.target(), bar.jql(),
                    bar.stacksJql().subList(0, bar.stacksJql().size() - 1), bar.rateParts()));
        }
        return new BarDataset(scope.model().currency().getCurrencyCode(), figure.metric().unit(), figure.name(),
                options.period(), stacks, bars);
    }

    private Figure figure(BarOptions options) {
        Figure figure = options.figure().resolve(scope.catalog());
        if (options.stackBy().isPresent()) {
            Additive.require(figure, "stackBy");
        }
        return figure;
    }

    /** The stack values with the largest non-zero totals over all bars, largest first. */
    private List<String> topStacks(IssueTable table, Metric metric, Dimension.By stackBy, BarOptions options,
            Inputs inputs) {
        Grid totals = MetricEngine.evaluate(table, scope.model().calendar(), List.of(metric), List.of(options.period()),
                stackBy, inputs).get(0);
        List<Integer> ranked = new ArrayList<>();
        for (int g = 0; g < totals.groups().size(); g++) {
            if (nonZero(totals.value(g, 0))) {
                ranked.add(g);
            }
        }
        // Stable: equal totals keep the engine's order, by name.
        ranked.sort(Comparator.comparing((Integer g) -> totals.value(g, 0).asNumber().orElseThrow()).reversed());
        return ranked.stream().limit(options.maxStacks()).map(totals.groups()::get).toList();
    }

    private static boolean nonZero(Value value) {
        return value.asNumber().map(n -> n.signum() != 0).orElse(false);
    }
}
