package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How many measured pairs become one number ({@link Metric.Visits}): how many there are, their mean,
 * or a percentile by linear interpolation between the closest ranks (KPI-DEFINITIONS.md row 12; the
 * median is the 0.5 percentile, the continuous one).
 */
public sealed interface Statistic {

    record Count() implements Statistic {
    }

    record Mean() implements Statistic {
    }

    /** @param fraction in [0, 1]: 0.5 the median, 0.85 the 85th percentile */
    record Percentile(BigDecimal fraction) implements Statistic {
        public Percentile {
            Objects.requireNonNull(fraction, "fraction");
            if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a percentile is between 0 and 1, not " + fraction);
            }
        }
    }

    static Statistic count() {
        return new Count();
    }

    static Statistic mean() {
        return new Mean();
    }

    static Statistic median() {
        return percentile(new BigDecimal("0.5"));
    }

    static Statistic percentile(BigDecimal fraction) {
        return new Percentile(fraction);
    }

    default boolean isCount() {
        return this instanceof Count;
    }

    /**
     * The statistic of {@code values[0..n)} (reordered in place), divided by {@code per}: the count
     * undivided; empty when there is nothing to average.
     */
    default Optional<BigDecimal> of(long[] values, int n, long per, MathContext context) {
        if (this instanceof Count) {
            return Optional.of(BigDecimal.valueOf(n));
        }
        if (n == 0) {
            return Optional.empty();
        }
        BigDecimal divisor = BigDecimal.valueOf(per);
        if (this instanceof Mean) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < n; i++) {
                sum = sum.add(BigDecimal.valueOf(values[i]));
            }
            return Optional.of(sum.divide(divisor.multiply(BigDecimal.valueOf(n)), context));
        }
        Arrays.sort(values, 0, n);
        BigDecimal value = AggregateLeaf.interpolated(values, n, ((Percentile) this).fraction());
        return Optional.of(value.divide(divisor, context));
    }
}
