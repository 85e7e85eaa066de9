package org.saleskpi.core.metric;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.period.Period;

/**
 * The instant a {@link Metric.AsOf} reads the issues' state at (KPI-DEFINITIONS.md, "As-of
 * evaluation"): now, the start or the end of each period, or a fixed instant.
 */
public sealed interface AsOfPoint {

    /**
     * The instant for a period, in {@code zone}; empty for {@link Now}, whose state is the table's own.
     * Each variant answers.
     */
    Optional<Instant> instant(Period period, ZoneId zone);

    /** The table's own state: today's values, or the state of the table an as-of evaluation reads. */
    record Now() implements AsOfPoint {
        @Override
        public Optional<Instant> instant(Period period, ZoneId zone) {
            return Optional.empty();
        }
    }

    /**
     * Open at the start of P: every change before P's first local midnight and none at or after it
     * (the last second before it, as changes are kept to the second).
     */
    record PeriodStart() implements AsOfPoint {
        @Override
        public Optional<Instant> instant(Period period, ZoneId zone) {
            return Optional.of(period.start().atStartOfDay(zone).toInstant().minusSeconds(1));
        }
    }

    /** At the end of P: every change in P counted, none after it (the last second of P). */
    record PeriodEnd() implements AsOfPoint {
        @Override
        public Optional<Instant> instant(Period period, ZoneId zone) {
            return Optional.of(period.end().atStartOfDay(zone).toInstant().minusSeconds(1));
        }
    }

    /** A fixed instant, whatever the period. */
    record At(Instant at) implements AsOfPoint {
        public At {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Optional<Instant> instant(Period period, ZoneId zone) {
            return Optional.of(at);
        }
    }

    AsOfPoint NOW = new Now();
    AsOfPoint PERIOD_START = new PeriodStart();
    AsOfPoint PERIOD_END = new PeriodEnd();

    static AsOfPoint at(Instant instant) {
        return new At(instant);
    }
}
