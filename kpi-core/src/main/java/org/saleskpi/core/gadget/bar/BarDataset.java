package org.saleskpi.core.gadget.bar;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureDataset;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;

/**
 * The bars of a bar gadget, in group order (by name, the group without value last).
 *
 * @param currency ISO 4217 code, meaningful when {@code unit} is {@link Unit#AMOUNT}
 * @param stacks the stacks every bar is cut into, largest overall first, "other" last; empty when
 *     not stacked
 */
public record BarDataset(String currency, Unit unit, String figure, Period period, List<Stack> stacks,
        List<Bar> bars) implements FigureDataset {

    public BarDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
        stacks = List.copyOf(stacks);
        bars = List.copyOf(bars);
    }

    /** The bar of a group; for tests and renderers that look one up. */
    public Bar bar(String group) {
        return bars.stream().filter(b -> b.group().equals(group)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bar " + group));
    }

    /**
     * A value of the stacking grouping.
     *
     * @param name the value ("" for issues without one, and for the other stack)
     * @param other true for the stack that gathers every value past {@code maxStacks}, and issues
     *     outside the stacking grouping
     */
    public record Stack(String name, boolean other) {
        public Stack {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * One bar.
     *
     * @param stacks one value per stack of the dataset, adding up to {@code value}
     * @param target the group's target, absent ({@code NO_TARGET}) when none was asked or given, and
     *     ({@code TARGET_IN_OTHER_UNIT}) when its unit is not the figure's
     * @param jql the issues behind the bar; empty when the figure is not a set of issues
     * @param stacksJql the issues behind each of {@code stacks}, in the same order
     * @param rateParts for a rate of counts, the counts {@code value} divides (won deals, closed deals); else empty
     */
    public record Bar(String group, Value value, List<Value> stacks, Value target, Optional<String> jql,
            List<Optional<String>> stacksJql, Optional<RateParts.Counts> rateParts) {
        public Bar {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(value, "value");
            stacks = List.copyOf(stacks);
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(jql, "jql");
            stacksJql = List.copyOf(stacksJql);
            Objects.requireNonNull(rateParts, "rateParts");
        }
    }
}
