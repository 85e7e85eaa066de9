package org.saleskpi.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the calendar for every fiscal start month, week start, zone and date (seeded random cases). */
class SalesCalendarInvariantsTest {

    private final Samples samples = new Samples();

    @Test
    void bucketsCoverTheRangeWithoutGapsOrOverlaps() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            Period range = samples.range();
            Bucket bucket = samples.bucket();
            String example = calendar + " " + range + " by " + bucket;

            List<Period> buckets = calendar.buckets(range, bucket);

            assertThat(buckets).as(example).isNotEmpty();
            assertThat(buckets.get(0).start()).as(example).isEqualTo(range.start());
            assertThat(buckets.get(buckets.size() - 1).end()).as(example).isEqualTo(range.end());
            for (int b = 1; b < buckets.size(); b++) {
                assertThat(buckets.get(b).start()).as(example).isEqualTo(buckets.get(b - 1).end());
            }
        }
    }

    @Test
    void eachBucketLiesWithinTheWholeBucketOfItsStart() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            Period range = samples.range();
            Bucket bucket = samples.bucket();
            String example = calendar + " " + range + " by " + bucket;

            List<Period> buckets = calendar.buckets(range, bucket);

            for (Period piece : buckets) {
                Period whole = calendar.bucketOf(piece.start(), bucket);
                assertThat(piece.days()).as(example).isPositive();
                assertThat(piece.start()).as(example).isAfterOrEqualTo(whole.start());
                assertThat(piece.end()).as(example).isBeforeOrEqualTo(whole.end());
            }
            // Only the first and the last bucket may be clipped.
            for (Period inner : buckets.subList(1, Math.max(1, buckets.size() - 1))) {
                assertThat(inner).as(example).isEqualTo(calendar.bucketOf(inner.start(), bucket));
            }
        }
    }

    @Test
    void theBucketOfADateContainsItAndStartsWhereItsLastDaysBucketStarts() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate date = samples.date();
            Bucket bucket = samples.bucket();
            String example = calendar + " " + date + " by " + bucket;

            Period whole = calendar.bucketOf(date, bucket);

            assertThat(whole.contains(date)).as(example).isTrue();
            assertThat(calendar.bucketStart(whole.lastDay(), bucket)).as(example).isEqualTo(whole.start());
        }
    }

    @Test
    void fiscalQuartersAreTheFourQuartersOfTheFiscalYear() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            LocalDate date = samples.date();
            String example = calendar + " " + date;

            Period fiscalYear = calendar.bucketOf(date, Bucket.FISCAL_YEAR);
            Period fiscalQuarter = calendar.bucketOf(date, Bucket.FISCAL_QUARTER);

            assertThat(fiscalYear.start().getMonthValue()).as(example).isEqualTo(calendar.fiscalYearStartMonth());
            assertThat(ChronoUnit.MONTHS.between(fiscalQuarter.start(), fiscalQuarter.end())).as(example).isEqualTo(3);
            assertThat(fiscalQuarter.start()).as(example).isAfterOrEqualTo(fiscalYear.start());
            assertThat(fiscalQuarter.end()).as(example).isBeforeOrEqualTo(fiscalYear.end());
            long monthsIntoYear = ChronoUnit.MONTHS.between(fiscalYear.start(), fiscalQuarter.start());
            assertThat(calendar.fiscalQuarter(date)).as(example).isEqualTo(monthsIntoYear / 3 + 1);
            // Fiscal years are named by the calendar year they end in.
            assertThat(calendar.fiscalYear(date)).as(example).isEqualTo(fiscalYear.lastDay().getYear());
        }
    }

    @Test
    void previousEndsWhereThePeriodStartsAndIsAsManyDaysUnlessWholeMonths() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            Period period = samples.range();
            String example = calendar + " " + period;

            Period previous = calendar.previous(period);

            assertThat(previous.end()).as(example).isEqualTo(period.start());
            boolean wholeMonths = period.start().getDayOfMonth() == 1 && period.end().getDayOfMonth() == 1;
            if (!wholeMonths) {
                assertThat(previous.days()).as(example).isEqualTo(period.days());
            }
        }
    }

    @Test
    void previousOfWholeMonthsHasTheSameNumberOfMonths() {
        for (int i = 0; i < Samples.CASES; i++) {
            SalesCalendar calendar = samples.calendar();
            YearMonth first = YearMonth.from(samples.date());
            int months = samples.between(1, 36);
            Period period = new Period(first.atDay(1), first.plusMonths(months).atDay(1));
            String example = calendar + " " + period;

            Period previous = calendar.previous(period);

            assertThat(previous).as(example).isEqualTo(new Period(first.minusMonths(months).atDay(1), first.atDay(1)));
            assertThat(ChronoUnit.MONTHS.between(previous.start(), previous.end())).as(example).isEqualTo(months);
        }
    }
}
