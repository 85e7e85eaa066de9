package org.saleskpi.core.metric;

import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.issue.Column;

/** How the issues a filter selects become one number. */
public sealed interface Aggregation {

    /** The per-issue number it reads; empty for count and distinct count. */
    default Optional<Measure> measured() {
        if (this instanceof Sum sum) {
            return Optional.of(sum.measure());
        }
        if (this instanceof Mean mean) {
            return Optional.of(mean.measure());
        }
        if (this instanceof Median median) {
            return Optional.of(median.measure());
        }
        if (this instanceof Min min) {
            return Optional.of(min.measure());
        }
        if (this instanceof Max max) {
            return Optional.of(max.measure());
        }
        return Optional.empty();
    }

    record Count() implements Aggregation {
    }

    record Sum(Measure measure) implements Aggregation {
        public Sum {
            Objects.requireNonNull(measure, "measure");
        }
    }

    record Mean(Measure measure) implements Aggregation {
        public Mean {
            Objects.requireNonNull(measure, "measure");
        }
    }

    /** The continuous median: for an even count, the mean of the two middle values. */
    record Median(Measure measure) implements Aggregation {
        public Median {
            Objects.requireNonNull(measure, "measure");
        }
    }

    record Min(Measure measure) implements Aggregation {
        public Min {
            Objects.requireNonNull(measure, "measure");
        }
    }

    record Max(Measure measure) implements Aggregation {
        public Max {
            Objects.requireNonNull(measure, "measure");
        }
    }

    /** Number of different non-empty values of a coded column. */
    record DistinctCount(Column column) implements Aggregation {
        public DistinctCount {
            Objects.requireNonNull(column, "column");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("distinct count needs a coded column, not " + column.id());
            }
        }
    }

    static Aggregation count() {
        return new Count();
    }

    static Aggregation sum(Measure measure) {
        return new Sum(measure);
    }

    static Aggregation mean(Measure measure) {
        return new Mean(measure);
    }

    static Aggregation median(Measure measure) {
        return new Median(measure);
    }

    static Aggregation min(Measure measure) {
        return new Min(measure);
    }

    static Aggregation max(Measure measure) {
        return new Max(measure);
    }

    static Aggregation distinctCount(Column column) {
        return new DistinctCount(column);
    }

    /** Sums, counts, means, minima and maxima can be accumulated over earlier periods. */
    default boolean isCumulable() {
        return !(this instanceof Median) && !(this instanceof DistinctCount);
    }
}
