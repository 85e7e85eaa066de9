package org.saleskpi.core.gadget.pie;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * Builds the pie gadget's dataset: a figure per group, the top N groups as slices and the rest as
 * one. The whole is the sum of the groups, so issues outside the grouping's universe (e.g. leads of
 * a rep who owns no deal, when grouped by rep) are not in the pie.
 */
public final class PieGadget {
    private final GadgetScope scope;

    public PieGadget(GadgetScope scope) {
        this.scope = scope;
    }

    public Set<Column> columns(PieOptions options) {
        return MetricEngine.columns(List.of(figure(options).metric()), options.groupBy());
    }

    public PieDataset dataset(IssueTable table, PieOptions options) {
        Figure figure = figure(options);
        Unit unit = figure.metric().unit();
        Grid grid = MetricEngine.evaluate(table, scope.model().calendar(), List.of(figure.metric()),
                List.of(options.period()), options.groupBy(), Inputs.none()).get(0);

        List<Part> parts = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            parts.add(new Part(grid.groups().get(g), false, grid.value(g, 0)));
        }
        // Stable sort: equal values keep the engine's order, by group name. Steps (the profile's stages) keep
        // their own order, as a pipeline is read.
        if (!(options.groupBy() instanceof Dimension.Steps)) {
            parts.sort(Comparator.comparing(Part::value, Value.absentLast(true)));
        }
        Value total = sum(parts.stream().map(Part::value).toList(), unit);
        List<String> jql = new ArrayList<>();
        for (Part part : parts) {
            jql.add(scope.drill().of(figure.metric(), options.period(),
                    DrillDown.group(options.groupBy(), part.group())).orElse(null));
        }
        if (parts.size() > options.topN()) {
            List<Part> rest = parts.subList(options.topN(), parts.size());
            Part other = new Part("", true, sum(rest.stream().map(Part::value).toList(), unit));
            jql = new ArrayList<>(jql.subList(0, options.topN()));
            jql.add(scope.drill().other(figure.metric(), options.period(), options.groupBy(),
                    parts.subList(0, options.topN()).stream().map(Part::group).toList(),
                    rest.stream().map(Part::group).toList()).orElse(null));
            parts = new ArrayList<>(parts.subList(0, options.topN()));
            parts.add(other);
        }
        return new PieDataset(scope.model().currency().getCurrencyCode(), unit, figure.name(), options.period(), total,
                slices(parts, total, jql));
    }

    private Figure figure(PieOptions options) {
        Figure figure = options.figure().resolve(scope.catalog());
        Additive.requireParts(figure, "figure");
        if (subtracts(figure.metric())) {
            throw InvalidInputException.of("figure", "saleskpi.gadget.figure.subtracts", "figure: " + figure.name() + " subtracts, so its slices could be"
                    + " negative; a pie shows the parts of a whole");
        }
        return figure;
    }

    private static boolean subtracts(Metric metric) {
        return metric instanceof Metric.Arithmetic arithmetic
                && (arithmetic.operator() == Metric.Operator.MINUS || subtracts(arithmetic.left())
                        || subtracts(arithmetic.right()));
    }

    /** A slice before its share is known. */
    private record Part(String group, boolean other, Value value) {
    }

    private static Value sum(List<Value> values, Unit unit) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Value value : values) {
            if (value instanceof Value.Absent) {
                return value;
            }
            sum = sum.add(((Value.Present) value).number());
        }
        return Value.of(sum, unit);
    }

    private static List<PieDataset.Slice> slices(List<Part> parts, Value total, List<String> jql) {
        List<PieDataset.Slice> slices = new ArrayList<>();
        if (!(total instanceof Value.Present present) || present.number().signum() == 0) {
            Value share = total instanceof Value.Absent ? total : Value.absent(AbsentReason.ZERO_DENOMINATOR);
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                slices.add(new PieDataset.Slice(p.group(), p.other(), p.value(), share, Optional.ofNullable(jql.get(i))));
            }
            return slices;
        }
        BigDecimal whole = present.number();
        BigDecimal[] shares = new BigDecimal[parts.size()];
        int largest = 0;
        BigDecimal others = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            shares[i] = ((Value.Present) parts.get(i).value()).number().divide(whole, MathContext.DECIMAL128);
            if (shares[i].abs().compareTo(shares[largest].abs()) > 0) {
                largest = i;
            }
        }
        // Thirds cannot be written exactly in decimals; the largest slice takes the last-digit
        // remainder so that the shares add up to exactly 1, as a pie must.
        for (int i = 0; i < parts.size(); i++) {
            if (i != largest) {
                others = others.add(shares[i]);
            }
        }
        shares[largest] = BigDecimal.ONE.subtract(others);
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            slices.add(new PieDataset.Slice(part.group(), part.other(), part.value(), Value.of(shares[i], Unit.RATIO),
                    Optional.ofNullable(jql.get(i))));
        }
        return slices;
    }
}
