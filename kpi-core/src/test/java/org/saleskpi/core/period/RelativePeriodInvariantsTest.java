package org.saleskpi.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Invariants of relative periods for any calendar and any today (seeded random cases). */
class RelativePeriodInvariantsTest {

    private final Samples samples = new Samples();

    @Test
    void everyKeyReadsBackAsTheSamePeriod() {
        for (int i = 0; i < Samples.CASES; i++) {
            RelativePeriod period = randomRelativePeriod();

            assertThat(RelativePeriod.parse(period.key())).as(period.key()).isEqualTo(period);
        }
    }

    @Test
    void periodsEndingTodayIncludeToday() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate today = samples.date();
            Bucket bucket = samples.weekOrLonger();
            int days = samples.between(1, 3650);
            String example = calendar + " " + today + " " + bucket + " " + days;

            Period thisBucket = new RelativePeriod.This(bucket).resolve(calendar, today);
            Period toDate = new RelativePeriod.ToDate(bucket).resolve(calendar, today);
            Period lastDays = new RelativePeriod.LastDays(days).resolve(calendar, today);

            assertThat(thisBucket.contains(today)).as(example).isTrue();
            assertThat(toDate).as(example).isEqualTo(new Period(thisBucket.start(), today.plusDays(1)));
            assertThat(lastDays.lastDay()).as(example).isEqualTo(today);
            assertThat(lastDays.days()).as(example).isEqualTo(days);
        }
    }

    @Test
    void lastBucketIsTheWholeBucketBeforeThisOne() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate today = samples.date();
            Bucket bucket = samples.weekOrLonger();
            String example = calendar + " " + today + " " + bucket;

            Period thisBucket = new RelativePeriod.This(bucket).resolve(calendar, today);
            Period lastBucket = new RelativePeriod.Last(bucket).resolve(calendar, today);

            assertThat(lastBucket.end()).as(example).isEqualTo(thisBucket.start());
            assertThat(lastBucket).as(example).isEqualTo(calendar.bucketOf(lastBucket.start(), bucket));
        }
    }

    private RelativePeriod randomRelativePeriod() {
        return switch (samples.between(0, 4)) {
            case 0 -> new RelativePeriod.This(samples.weekOrLonger());
            case 1 -> new RelativePeriod.Last(samples.weekOrLonger());
            case 2 -> new RelativePeriod.ToDate(samples.weekOrLonger());
            case 3 -> new RelativePeriod.LastDays(samples.between(1, 3650));
            default -> {
                LocalDate first = samples.date();
                yield new RelativePeriod.Custom(first, first.plusDays(samples.between(0, 1000)));
            }
        };
    }
}
