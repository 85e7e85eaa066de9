package org.saleskpi.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The spans a comparison covers (docs/period-comparisons.md), worked out by hand: ends are
 * excluded, so {@code 2026-12-06} as an end means "up to and including 5 December".
 */
class ComparisonTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} on {1}: [{2}, {3}) against [{4}, {5})")
    @CsvSource({
        // Quarter to date against the previous quarter to the same day (the example of the issue).
        "this-quarter,   2026-12-05, 2026-10-01, 2026-12-06, 2026-07-01, 2026-09-06",
        // Same day of the month: 15 May against 15 April.
        "this-month,     2026-05-15, 2026-05-01, 2026-05-16, 2026-04-01, 2026-04-16",
        // 30 May: April has a 30th, and it is April's last day, so all of April.
        "this-month,     2026-05-30, 2026-05-01, 2026-05-31, 2026-04-01, 2026-05-01",
        // 31 May: April has no 31st; clamped to April's last day.
        "this-month,     2026-05-31, 2026-05-01, 2026-06-01, 2026-04-01, 2026-05-01",
        // 29 April against 29 March; on 30 April, April's last day, all of March (last day to last day).
        "this-month,     2026-04-29, 2026-04-01, 2026-04-30, 2026-03-01, 2026-03-30",
        "this-month,     2026-04-30, 2026-04-01, 2026-05-01, 2026-03-01, 2026-04-01",
        // Short previous months: 28, 29, 30 and 31 March against February of a common year...
        "this-month,     2026-03-28, 2026-03-01, 2026-03-29, 2026-02-01, 2026-03-01",
        "this-month,     2026-03-27, 2026-03-01, 2026-03-28, 2026-02-01, 2026-02-28",
        "this-month,     2026-03-30, 2026-03-01, 2026-03-31, 2026-02-01, 2026-03-01",
        "this-month,     2026-03-31, 2026-03-01, 2026-04-01, 2026-02-01, 2026-03-01",
        // ...and of a leap year: 28 March against 28 February, 29 and later against all of February.
        "this-month,     2028-03-28, 2028-03-01, 2028-03-29, 2028-02-01, 2028-02-29",
        "this-month,     2028-03-29, 2028-03-01, 2028-03-30, 2028-02-01, 2028-03-01",
        "this-month,     2028-03-31, 2028-03-01, 2028-04-01, 2028-02-01, 2028-03-01",
        // The first day of a month against the first day of the month before, across a year end.
        "this-month,     2027-01-01, 2027-01-01, 2027-01-02, 2026-12-01, 2026-12-02",
        "this-quarter,   2027-01-15, 2027-01-01, 2027-01-16, 2026-10-01, 2026-10-16",
        // 31 May is 3 months after 28 February (clamped): Q2 to date against Q1 to the end of February.
        "this-quarter,   2026-05-31, 2026-04-01, 2026-06-01, 2026-01-01, 2026-03-01",
        // The fiscal year starts in April: FY to date against the previous FY to the same day.
        "this-fiscal-year, 2026-12-05, 2026-04-01, 2026-12-06, 2025-04-01, 2025-12-06",
        "this-fiscal-year, 2026-04-01, 2026-04-01, 2026-04-02, 2025-04-01, 2025-04-02",
        // Its last day: the whole fiscal year against the whole previous one.
        "this-fiscal-year, 2027-03-31, 2026-04-01, 2027-04-01, 2025-04-01, 2026-04-01",
        // Fiscal quarters of an April year: Q3 is October to December, Q4 January to March.
        "this-fiscal-quarter, 2027-02-14, 2027-01-01, 2027-02-15, 2026-10-01, 2026-11-15",
        "this-fiscal-quarter, 2026-04-10, 2026-04-01, 2026-04-11, 2026-01-01, 2026-01-11",
        // Year to date is a part of the year: against last year to the same day, not the 339 days before.
        "year-to-date,   2026-12-05, 2026-01-01, 2026-12-06, 2025-01-01, 2025-12-06",
        "year-to-date,   2028-02-29, 2028-01-01, 2028-03-01, 2027-01-01, 2027-03-01",
        "quarter-to-date, 2026-12-05, 2026-10-01, 2026-12-06, 2026-07-01, 2026-09-06",
        "fiscal-year-to-date, 2026-12-05, 2026-04-01, 2026-12-06, 2025-04-01, 2025-12-06",
        // Weeks move by days: Monday to Wednesday against Monday to Wednesday.
        "this-week,      2026-12-02, 2026-11-30, 2026-12-03, 2026-11-23, 2026-11-26",
        // Finished periods: whole against whole.
        "last-month,     2026-12-05, 2026-11-01, 2026-12-01, 2026-10-01, 2026-11-01",
        "last-quarter,   2026-12-05, 2026-07-01, 2026-10-01, 2026-04-01, 2026-07-01",
        "last-fiscal-year, 2026-12-05, 2025-04-01, 2026-04-01, 2024-04-01, 2025-04-01",
        // A rolling range ends today: the same number of days before it.
        "last-30-days,   2026-12-05, 2026-11-06, 2026-12-06, 2026-10-07, 2026-11-06",
        // A period that has not started is not running: whole against whole.
        "custom:2027-01-01..2027-03-31, 2026-12-05, 2027-01-01, 2027-04-01, 2026-10-01, 2027-01-01",
    })
    void spans(String period, LocalDate today, LocalDate from, LocalDate to, LocalDate previousFrom,
            LocalDate previousTo) {
        SalesCalendar calendar = new SalesCalendar(BERLIN, 4, DayOfWeek.MONDAY);
        RelativePeriod relative = RelativePeriod.parse(period);

        Comparison comparison = Comparison.of(calendar, relative.resolve(calendar, today),
                relative.whole(calendar, today), Optional.of(today));

        assertThat(comparison.current()).isEqualTo(new Period(from, to));
        assertThat(comparison.previous()).isEqualTo(new Period(previousFrom, previousTo));
    }

    @ParameterizedTest(name = "[{0}, {1}) of [{2}, {3}) is [{6}, {7}) of [{4}, {5})")
    @CsvSource({
        // A month bucket and the same month a year before: whole to whole.
        "2026-01-01, 2026-02-01, 2026-01-01, 2026-02-01, 2025-01-01, 2025-02-01, 2025-01-01, 2025-02-01",
        // The first five days of December, a year before.
        "2026-12-01, 2026-12-06, 2026-12-01, 2027-01-01, 2025-12-01, 2026-01-01, 2025-12-01, 2025-12-06",
        // A part: 15 to 31 January against 15 to 31 December (its last day matches the last day).
        "2026-01-15, 2026-02-01, 2026-01-01, 2026-02-01, 2025-12-01, 2026-01-01, 2025-12-15, 2026-01-01",
        // Days: a Wednesday of a week, a week before.
        "2026-12-02, 2026-12-03, 2026-11-30, 2026-12-07, 2026-11-23, 2026-11-30, 2026-11-25, 2026-11-26",
    })
    void matchingPart(LocalDate from, LocalDate to, LocalDate wholeFrom, LocalDate wholeTo, LocalDate beforeFrom,
            LocalDate beforeTo, LocalDate expectedFrom, LocalDate expectedTo) {
        Period part = Comparison.matching(new Period(from, to), new Period(wholeFrom, wholeTo),
                new Period(beforeFrom, beforeTo));

        assertThat(part).isEqualTo(new Period(expectedFrom, expectedTo));
    }

    @ParameterizedTest(name = "without today {0} is finished")
    @CsvSource({"2026-10-01, 2027-01-01, 2026-07-01, 2026-10-01", "2026-03-01, 2026-04-01, 2026-02-01, 2026-03-01"})
    void withoutTodayAPeriodIsFinished(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {
        Comparison comparison = Comparison.of(SalesCalendar.of(BERLIN), new Period(from, to), new Period(from, to),
                Optional.empty());

        assertThat(comparison).isEqualTo(new Comparison(new Period(from, to), new Period(previousFrom, previousTo)));
    }
}
