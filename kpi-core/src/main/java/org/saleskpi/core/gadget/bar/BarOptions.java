package org.saleskpi.core.gadget.bar;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What a bar gadget shows.
 *
 * @param groupBy one bar per group
 * @param stackBy cuts each bar into stacks, one per value of a second grouping (largest first);
 *     needs a figure that adds up
 * @param maxStacks stacks drawn on their own; the other values form one "other" stack
 * @param target the {@code Inputs} value drawn as each bar's target (e.g. a rep's quota); drawn only
 *     when its unit is the figure's
 */
public record BarOptions(FigureChoice figure, Period period, Dimension groupBy, Optional<Dimension> stackBy,
        int maxStacks, Optional<TargetSource> target) {
    public static final int DEFAULT_MAX_STACKS = 8;

    public BarOptions {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(stackBy, "stackBy");
        Objects.requireNonNull(target, "target");
        if (stackBy.isPresent() && !(stackBy.get() instanceof Dimension.By)) {
            throw InvalidInputException.of("stackBy", "saleskpi.gadget.stackBy.none", "stackBy must group by a column");
        }
        if (maxStacks < 1) {
            throw InvalidInputException.of("maxStacks", "saleskpi.gadget.maxStacks.min", "maxStacks must be at least 1, was " + maxStacks);
        }
    }

    /** One unstacked bar per group, without target. */
    public static BarOptions of(FigureChoice figure, Period period, Dimension groupBy) {
        return new BarOptions(figure, period, groupBy, Optional.empty(), DEFAULT_MAX_STACKS, Optional.empty());
    }

    public BarOptions stackBy(Dimension value) {
        return new BarOptions(figure, period, groupBy, Optional.of(value), maxStacks, target);
    }

    public BarOptions maxStacks(int value) {
        return new BarOptions(figure, period, groupBy, stackBy, value, target);
    }

    public BarOptions target(TargetSource value) {
        return new BarOptions(figure, period, groupBy, stackBy, maxStacks, Optional.of(value));
    }
}
