package org.saleskpi.core.period;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesCalendarBucketsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Fiscal year starting in April, weeks starting on Monday. */
    private final SalesCalendar aprilFiscal = new SalesCalendar(BERLIN, 4, DayOfWeek.MONDAY);

    @ParameterizedTest(name = "{0} of 2024-05-15 is [{1}, {2})")
    @CsvSource({
        // 2024-05-15 is a Wednesday.
        "day,            2024-05-15, 2024-05-16",
        "week,           2024-05-13, 2024-05-20",
        "month,          2024-05-01, 2024-06-01",
        "quarter,        2024-04-01, 2024-07-01",
        "year,           2024-01-01, 2025-01-01",
        "fiscal-quarter, 2024-04-01, 2024-07-01",
        "fiscal-year,    2024-04-01, 2025-04-01",
    })
    void everyBucketOfOneDate(String bucketKey, LocalDate start, LocalDate end) {
        Bucket bucket = Bucket.fromKey(bucketKey);

        assertThat(aprilFiscal.bucketOf(parse("2024-05-15"), bucket)).isEqualTo(new Period(start, end));
        assertThat(aprilFiscal.bucketStart(parse("2024-05-15"), bucket)).isEqualTo(start);
    }

    @Test
    void fiscalYearStartingInAprilIsNamedByTheYearItEndsIn() {
        LocalDate may15 = parse("2024-05-15");

        assertThat(aprilFiscal.fiscalQuarter(may15)).isEqualTo(1);
        assertThat(aprilFiscal.fiscalYear(may15)).isEqualTo(2025);
        // March 2024 is the last month of FY2024.
        assertThat(aprilFiscal.fiscalQuarter(parse("2024-03-31"))).isEqualTo(4);
        assertThat(aprilFiscal.fiscalYear(parse("2024-03-31"))).isEqualTo(2024);
    }

    @ParameterizedTest(name = "FY start month {0}: {1} is in FQ{4} of FY{5} [{2}, {3})")
    @CsvSource({
        // start month, date,   fiscal quarter start and end, quarter, fiscal year
        " 1, 2024-01-01, 2024-01-01, 2024-04-01, 1, 2024",
        " 1, 2024-12-31, 2024-10-01, 2025-01-01, 4, 2024",
        // February: quarters Feb-Apr, May-Jul, Aug-Oct, Nov-Jan; FY Feb 2024..Jan 2025 is FY2025.
        " 2, 2024-01-31, 2023-11-01, 2024-02-01, 4, 2024",
        " 2, 2024-02-01, 2024-02-01, 2024-05-01, 1, 2025",
        " 2, 2024-09-10, 2024-08-01, 2024-11-01, 3, 2025",
        " 2, 2024-12-25, 2024-11-01, 2025-02-01, 4, 2025",
        // April: the example from the definitions.
        " 4, 2024-05-15, 2024-04-01, 2024-07-01, 1, 2025",
        " 4, 2024-02-29, 2024-01-01, 2024-04-01, 4, 2024",
        // July: FY Jul 2024..Jun 2025 is FY2025.
        " 7, 2024-07-01, 2024-07-01, 2024-10-01, 1, 2025",
        " 7, 2024-06-30, 2024-04-01, 2024-07-01, 4, 2024",
        " 7, 2025-01-15, 2025-01-01, 2025-04-01, 3, 2025",
        // October: FY Oct 2023..Sep 2024 is FY2024, like the US federal fiscal year.
        "10, 2023-10-01, 2023-10-01, 2024-01-01, 1, 2024",
        "10, 2024-03-15, 2024-01-01, 2024-04-01, 2, 2024",
        "10, 2024-09-30, 2024-07-01, 2024-10-01, 4, 2024",
        "10, 2024-11-11, 2024-10-01, 2025-01-01, 1, 2025",
    })
    void fiscalQuartersForStartMonth(
            int startMonth, LocalDate date, LocalDate quarterStart, LocalDate quarterEnd, int quarter, int fiscalYear) {
        SalesCalendar calendar = new SalesCalendar(BERLIN, startMonth, DayOfWeek.MONDAY);

        assertThat(calendar.bucketOf(date, Bucket.FISCAL_QUARTER)).isEqualTo(new Period(quarterStart, quarterEnd));
        assertThat(calendar.fiscalQuarter(date)).isEqualTo(quarter);
        assertThat(calendar.fiscalYear(date)).isEqualTo(fiscalYear);
    }

    @Test
    void fiscalYearStartingInFebruaryRunsToTheEndOfJanuary() {
        SalesCalendar february = new SalesCalendar(BERLIN, 2, DayOfWeek.MONDAY);

        assertThat(february.bucketOf(parse("2025-01-31"), Bucket.FISCAL_YEAR))
                .isEqualTo(new Period(parse("2024-02-01"), parse("2025-02-01")));
    }

    @ParameterizedTest(name = "week of {0} starting {1} is [{2}, {3})")
    @CsvSource({
        // 2024-05-12 is a Sunday, 2024-05-13 a Monday.
        "2024-05-12, MONDAY, 2024-05-06, 2024-05-13",
        "2024-05-12, SUNDAY, 2024-05-12, 2024-05-19",
        "2024-05-13, MONDAY, 2024-05-13, 2024-05-20",
        "2024-05-13, SUNDAY, 2024-05-12, 2024-05-19",
        "2024-05-18, SUNDAY, 2024-05-12, 2024-05-19",
        // Across a year end: 2024-12-31 is a Tuesday, 2025-01-01 a Wednesday.
        "2024-12-31, MONDAY, 2024-12-30, 2025-01-06",
        "2025-01-01, SUNDAY, 2024-12-29, 2025-01-05",
    })
    void weeksStartOnTheCalendarsWeekStart(LocalDate date, DayOfWeek weekStart, LocalDate start, LocalDate end) {
        SalesCalendar calendar = new SalesCalendar(BERLIN, 1, weekStart);

        assertThat(calendar.bucketOf(date, Bucket.WEEK)).isEqualTo(new Period(start, end));
    }

    @Test
    void mondayWeeksAreIsoWeeksAcrossTheYearEnd() {
        SalesCalendar iso = SalesCalendar.of(BERLIN);

        // ISO week 1 of 2025 starts on Monday 2024-12-30: both years' days share one bucket.
        Period week = iso.bucketOf(parse("2025-01-05"), Bucket.WEEK);

        assertThat(week).isEqualTo(new Period(parse("2024-12-30"), parse("2025-01-06")));
        assertThat(week.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).isEqualTo(1);
        assertThat(week.start().get(IsoFields.WEEK_BASED_YEAR)).isEqualTo(2025);
    }

    @Test
    void bucketsOfARangeAreClippedToIt() {
        Period range = new Period(parse("2024-01-15"), parse("2024-04-10"));

        assertThat(aprilFiscal.buckets(range, Bucket.MONTH)).containsExactly(
                new Period(parse("2024-01-15"), parse("2024-02-01")),
                new Period(parse("2024-02-01"), parse("2024-03-01")),
                new Period(parse("2024-03-01"), parse("2024-04-01")),
                new Period(parse("2024-04-01"), parse("2024-04-10")));
        // Fiscal year starts in April, so the range spans two fiscal years.
        assertThat(aprilFiscal.buckets(range, Bucket.FISCAL_YEAR)).containsExactly(
                new Period(parse("2024-01-15"), parse("2024-04-01")),
                new Period(parse("2024-04-01"), parse("2024-04-10")));
    }

    @Test
    void weeklyBucketsOfAMonth() {
        // March 2024 starts on a Friday and ends on a Sunday.
        Period march = new Period(parse("2024-03-01"), parse("2024-04-01"));

        assertThat(aprilFiscal.buckets(march, Bucket.WEEK)).extracting(Period::start).containsExactly(
                parse("2024-03-01"), parse("2024-03-04"), parse("2024-03-11"), parse("2024-03-18"),
                parse("2024-03-25"));
        assertThat(aprilFiscal.buckets(march, Bucket.DAY)).hasSize(31);
    }

    @Test
    void aRangeInsideOneBucketIsOneClippedBucket() {
        Period tenDays = new Period(parse("2024-05-03"), parse("2024-05-13"));

        assertThat(aprilFiscal.buckets(tenDays, Bucket.YEAR)).containsExactly(tenDays);
    }

    @Test
    void fiscalYearStartMonthOutsideOneToTwelveIsRejected() {
        assertThatThrownBy(() -> new SalesCalendar(BERLIN, 13, DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("13");
        assertThatThrownBy(() -> new SalesCalendar(BERLIN, 0, DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
