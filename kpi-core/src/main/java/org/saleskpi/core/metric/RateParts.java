package org.saleskpi.core.metric;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two counts a pooled rate divides (win rate: won deals / closed deals, KPI-DEFINITIONS.md rows 4, 6, 9 and 14),
 * or the two amounts a rate of money divides (attainment: won amount / target, row 1; coverage: open pipeline /
 * target still to win, row 18), asked of the engine beside the rate in the same pass, so what a page says a rate is
 * made of is the engine's own sums. An amount per customer is no rate and has none.
 */
public record RateParts(Metric numerator, Metric denominator) {
    public RateParts {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /** The parts of a figure that is a rate of two counts or of two amounts; empty for any other figure. */
    public static Optional<RateParts> of(Metric figure) {
        if (figure instanceof Metric.Ratio ratio && ratio.unit() == Unit.RATIO
                && ratio.numerator().unit() == ratio.denominator().unit()
                && (ratio.numerator().unit() == Unit.COUNT || ratio.numerator().unit() == Unit.AMOUNT)) {
            return Optional.of(new RateParts(ratio.numerator(), ratio.denominator()));
        }
        return Optional.empty();
    }

    /** The numerator, then the denominator: what to add to an evaluation's requests. */
    public List<Metric> metrics() {
        return List.of(numerator, denominator);
    }

    /** The parts' values for one group in one period (absent as the engine answers them, e.g. no history). */
    public record Counts(Value numerator, Value denominator) {
        public Counts {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
        }

        /** Whether the parts are money (attainment of an amount, coverage), to be written with the currency. */
        public boolean amounts() {
            return numerator instanceof Value.Present top && top.unit() == Unit.AMOUNT
                    || denominator instanceof Value.Present bottom && bottom.unit() == Unit.AMOUNT;
        }
    }
}
