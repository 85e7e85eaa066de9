package org.saleskpi.core.gadget.line;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.validation.InvalidInputException;

/**
 * What a line gadget draws.
 *
 * @param figures one line per figure (and per group when grouped)
 * @param cumulative running totals from the start of the range; only for figures that add up
 * @param comparePrevious a second line per figure with the values of the period before the range
 * @param target an optional target line
 * @param groupBy one line per group; empty means one line for everything, even for a KPI that is
 *     read per rep by default (sales per rep)
 * @param today the current local date, for the bucket still running (compared up to the same day);
 *     empty reads every bucket as finished
 */
public record LineOptions(List<FigureChoice> figures, Timeline timeline, boolean cumulative, boolean comparePrevious,
        Optional<Target> target, Optional<Dimension> groupBy, Optional<LocalDate> today) {

    public LineOptions {
        figures = List.copyOf(figures);
        if (figures.isEmpty()) {
            throw InvalidInputException.of("figures", "saleskpi.gadget.figures.required", "figures must name at least one figure");
        }
        Objects.requireNonNull(timeline, "timeline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(groupBy, "groupBy");
        Objects.requireNonNull(today, "today");
    }

    /** Plain lines of these figures over the timeline. */
    public static LineOptions of(Timeline timeline, FigureChoice... figures) {
        return new LineOptions(List.of(figures), timeline, false, false, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public LineOptions cumulative(boolean value) {
        return new LineOptions(figures, timeline, value, comparePrevious, target, groupBy, today);
    }

    public LineOptions comparePrevious(boolean value) {
        return new LineOptions(figures, timeline, cumulative, value, target, groupBy, today);
    }

    public LineOptions target(Target value) {
        return new LineOptions(figures, timeline, cumulative, comparePrevious, Optional.of(value), groupBy, today);
    }

    public LineOptions groupBy(Dimension value) {
        return new LineOptions(figures, timeline, cumulative, comparePrevious, target, Optional.of(value), today);
    }

    /** The same options read on {@code day}: the bucket holding it is still running. */
    public LineOptions asOf(LocalDate day) {
        return new LineOptions(figures, timeline, cumulative, comparePrevious, target, groupBy, Optional.of(day));
    }

    /** Where the target line comes from. */
    public sealed interface Target {
        /**
         * One value for every bucket, in the unit of the figures (the number a user typed for them),
         * e.g. a yearly goal drawn against a cumulative line; never accumulated.
         */
        record Fixed(BigDecimal value) implements Target {
            public Fixed {
                Objects.requireNonNull(value, "value");
            }
        }

        /**
         * A value per bucket (and per group) from the caller's inputs, e.g. a monthly quota per
         * rep; accumulated like the figures when the line is cumulative, and drawn only against
         * figures of its unit.
         */
        record FromInputs(TargetSource source) implements Target {
            public FromInputs {
                Objects.requireNonNull(source, "source");
            }
        }
    }
}
