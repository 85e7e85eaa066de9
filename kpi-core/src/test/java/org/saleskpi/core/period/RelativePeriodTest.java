package org.saleskpi.core.period;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativePeriodTest {

    /** Sunday 2024-03-10. */
    private static final LocalDate TODAY = parse("2024-03-10");

    /**
     * Fiscal year starting in February, so fiscal quarters (Feb-Apr, May-Jul, Aug-Oct, Nov-Jan)
     * differ from calendar quarters; weeks start on Monday.
     */
    private final SalesCalendar calendar = new SalesCalendar(ZoneId.of("Europe/Berlin"), 2, DayOfWeek.MONDAY);

    @ParameterizedTest(name = "{0} on 2024-03-10 is [{1}, {2})")
    @CsvSource({
        "this-week,                    2024-03-04, 2024-03-11",
        "last-week,                    2024-02-26, 2024-03-04",
        "this-month,                   2024-03-01, 2024-04-01",
        "last-month,                   2024-02-01, 2024-03-01",
        "this-quarter,                 2024-01-01, 2024-04-01",
        "last-quarter,                 2023-10-01, 2024-01-01",
        "this-year,                    2024-01-01, 2025-01-01",
        "last-year,                    2023-01-01, 2024-01-01",
        "this-fiscal-quarter,          2024-02-01, 2024-05-01",
        "last-fiscal-quarter,          2023-11-01, 2024-02-01",
        "this-fiscal-year,             2024-02-01, 2025-02-01",
        "last-fiscal-year,             2023-02-01, 2024-02-01",
        // Rolling days end today inclusive.
        "last-1-days,                  2024-03-10, 2024-03-11",
        "last-7-days,                  2024-03-04, 2024-03-11",
        "last-30-days,                 2024-02-10, 2024-03-11",
        "year-to-date,                 2024-01-01, 2024-03-11",
        "fiscal-year-to-date,          2024-02-01, 2024-03-11",
        "month-to-date,                2024-03-01, 2024-03-11",
        "fiscal-quarter-to-date,       2024-02-01, 2024-03-11",
        // Both days of a custom range are included; today plays no part.
        "custom:2024-01-01..2024-03-31, 2024-01-01, 2024-04-01",
        "custom:2024-03-10..2024-03-10, 2024-03-10, 2024-03-11",
    })
    void resolvesOnAGivenDay(String key, LocalDate start, LocalDate end) {
        RelativePeriod period = RelativePeriod.parse(key);

        assertThat(period.key()).isEqualTo(key);
        assertThat(period.resolve(calendar, TODAY)).isEqualTo(new Period(start, end));
    }

    @Test
    void weeksFollowTheCalendarsWeekStart() {
        SalesCalendar sundayWeeks = new SalesCalendar(ZoneId.of("America/New_York"), 1, DayOfWeek.SUNDAY);

        // On a Sunday a Sunday week has just begun.
        assertThat(RelativePeriod.parse("this-week").resolve(sundayWeeks, TODAY))
                .isEqualTo(new Period(parse("2024-03-10"), parse("2024-03-17")));
        assertThat(RelativePeriod.parse("last-week").resolve(sundayWeeks, TODAY))
                .isEqualTo(new Period(parse("2024-03-03"), parse("2024-03-10")));
    }

    @Test
    void lastMonthOfMarchThirtyFirstIsAllOfFebruary() {
        assertThat(RelativePeriod.parse("last-month").resolve(calendar, parse("2024-03-31")))
                .isEqualTo(new Period(parse("2024-02-01"), parse("2024-03-01")));
    }

    @Test
    void keysParseToTheirRecords() {
        assertThat(RelativePeriod.parse("this-month")).isEqualTo(new RelativePeriod.This(Bucket.MONTH));
        assertThat(RelativePeriod.parse("last-fiscal-quarter")).isEqualTo(new RelativePeriod.Last(Bucket.FISCAL_QUARTER));
        assertThat(RelativePeriod.parse("last-30-days")).isEqualTo(new RelativePeriod.LastDays(30));
        assertThat(RelativePeriod.parse("year-to-date")).isEqualTo(new RelativePeriod.ToDate(Bucket.YEAR));
        assertThat(RelativePeriod.parse("fiscal-year-to-date")).isEqualTo(new RelativePeriod.ToDate(Bucket.FISCAL_YEAR));
        assertThat(RelativePeriod.parse("custom:2024-01-01..2024-03-31"))
                .isEqualTo(new RelativePeriod.Custom(parse("2024-01-01"), parse("2024-03-31")));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {
        "this-month ",
        "This-Month",
        "next-month",
        "this-fortnight",
        "this-day",
        "day-to-date",
        "last-0-days",
        "last--7-days",
        "last-007-days",
        "last-9999999999-days",
        "last-days",
        "custom:2024-03-31..2024-01-01",
        "custom:2024-02-30..2024-03-01",
        "custom:2024-01-01",
        "custom:2024-01-01..2024-02-01..2024-03-01",
        "custom:2024-1-1..2024-3-31",
        "custom:",
    })
    void aBadKeyIsRejectedNamingIt(String key) {
        assertThatThrownBy(() -> RelativePeriod.parse(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + key + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingKeyIsRejected(String key) {
        assertThatThrownBy(() -> RelativePeriod.parse(key))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative period key");
    }

    @Test
    void aBadKeyMessageSaysWhatIsWrong() {
        assertThatThrownBy(() -> RelativePeriod.parse("last-0-days")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RelativePeriod.parse("last-9999999999-days")).hasMessageContaining("at most");
        assertThatThrownBy(() -> RelativePeriod.parse("custom:2024-03-31..2024-01-01"))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> RelativePeriod.parse("next-month")).hasMessageContaining("this-month");
    }

    @Test
    void recordsRejectWhatNoKeyCouldSay() {
        assertThatThrownBy(() -> new RelativePeriod.This(Bucket.DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelativePeriod.Last(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RelativePeriod.LastDays(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RelativePeriod.Custom(parse("2024-02-01"), parse("2024-01-31")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
