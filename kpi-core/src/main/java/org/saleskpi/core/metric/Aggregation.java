package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.issue.Column;

/** How the issues a filter selects become one number. */
public sealed interface Aggregation {

    // Each variant answers these itself (or through OfMeasure), so a new one does not compile until it does.

    /** The per-issue number it reads; empty for count and distinct count. */
    Optional<Measure> measured();

    /** Whether it can be accumulated over earlier periods: sums, counts, means, minima and maxima can. */
    boolean isCumulable();

    record Count() implements Aggregation {
        @Override
        public Optional<Measure> measured() {
            return Optional.empty();
        }

        @Override
        public boolean isCumulable() {
            return true;
        }
    }

    /** An aggregation of a per-issue number; all of them but the median accumulate over earlier periods. */
    sealed interface OfMeasure extends Aggregation {
        Measure measure();

        @Override
        default Optional<Measure> measured() {
            return Optional.of(measure());
        }

        @Override
        default boolean isCumulable() {
            return true;
        }
    }

    record Sum(Measure measure) implements OfMeasure {
        public Sum {
            Objects.requireNonNull(measure, "measure");
        }
    }

    record Mean(Measure measure) implements OfMeasure {
        public Mean {
            Objects.requireNonNull(measure, "measure");
        }
    }

    /** The continuous median: for an even count, the mean of the two middle values. */
    record Median(Measure measure) implements OfMeasure {
        public Median {
            Objects.requireNonNull(measure, "measure");
        }

        @Override
        public boolean isCumulable() {
            return false;
        }
    }

    record Min(Measure measure) implements OfMeasure {
        public Min {
            Objects.requireNonNull(measure, "measure");
        }
    }

    record Max(Measure measure) implements OfMeasure {
        public Max {
            Objects.requireNonNull(measure, "measure");
        }
    }

    /**
     * The {@code p}-quantile, by linear interpolation between closest ranks: over the n sorted
     * values, rank h = (n - 1) p, value x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h])
     * (KPI-DEFINITIONS.md, KPI 12). p = 0.5 is the continuous median.
     */
    record Percentile(Measure measure, BigDecimal p) implements OfMeasure {
        public Percentile {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(p, "p");
            if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a percentile is between 0 and 1, not " + p);
            }
        }

        @Override
        public boolean isCumulable() {
            return false;
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

        @Override
        public Optional<Measure> measured() {
            return Optional.empty();
        }

        @Override
        public boolean isCumulable() {
            return false;
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

    static Aggregation percentile(Measure measure, BigDecimal p) {
        return new Percentile(measure, p);
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
}
