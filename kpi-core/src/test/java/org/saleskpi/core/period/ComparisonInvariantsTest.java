package org.saleskpi.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the comparison rule (docs/period-comparisons.md) for any calendar, bucket and today
 * (seeded random cases): the previous span starts where the previous period starts, stays inside
 * it, grows day by day as today moves on, and is the whole previous period on the last day.
 */
class ComparisonInvariantsTest {

    private final Samples samples = new Samples();

    @Test
    void aRunningPeriodIsComparedWithThePreviousOneUpToTheSameDay() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate today = samples.date();
            Bucket bucket = samples.weekOrLonger();
            String example = calendar + " " + today + " " + bucket;
            Period whole = calendar.bucketOf(today, bucket);
            Period before = calendar.previous(whole);

            Comparison comparison = Comparison.of(calendar, whole, today);
            Comparison tomorrow = Comparison.of(calendar, whole, whole.contains(today.plusDays(1)) ? today.plusDays(1)
                    : today);

            assertThat(comparison.current()).as(example).isEqualTo(new Period(whole.start(), today.plusDays(1)));
            assertThat(comparison.previous().start()).as(example).isEqualTo(before.start());
            assertThat(comparison.previous().end()).as(example).isBeforeOrEqualTo(before.end());
            assertThat(tomorrow.previous().end()).as(example).isAfterOrEqualTo(comparison.previous().end());
            if (today.equals(whole.lastDay())) {
                assertThat(comparison.previous()).as(example).isEqualTo(before);
            }
        }
    }

    @Test
    void aFinishedPeriodIsComparedWithTheWholePreviousOne() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate day = samples.date();
            Bucket bucket = samples.weekOrLonger();
            Period whole = calendar.bucketOf(day, bucket);
            LocalDate later = whole.end().plusDays(samples.between(0, 400));

            assertThat(Comparison.of(calendar, whole, whole, Optional.of(later)))
                    .as(calendar + " " + whole + " on " + later).isEqualTo(Comparison.whole(calendar, whole));
        }
    }
}
