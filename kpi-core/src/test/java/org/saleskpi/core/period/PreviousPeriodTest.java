package org.saleskpi.core.period;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period a growth KPI compares with: whole months shift by months, anything else by days. */
class PreviousPeriodTest {

    private final SalesCalendar calendar = new SalesCalendar(ZoneId.of("Europe/Berlin"), 4, DayOfWeek.MONDAY);

    @ParameterizedTest(name = "{0}: previous of [{1}, {2}) is [{3}, {4}), {5} days")
    @CsvSource({
        // March 2024 -> February of a leap year, not the 31 days before March.
        "month,                 2024-03-01, 2024-04-01, 2024-02-01, 2024-03-01, 29",
        "month over year end,   2024-01-01, 2024-02-01, 2023-12-01, 2024-01-01, 31",
        "quarter,               2024-04-01, 2024-07-01, 2024-01-01, 2024-04-01, 91",
        // FY2025 of an April fiscal year -> FY2024, which holds 2024-02-29.
        "fiscal year,           2024-04-01, 2025-04-01, 2023-04-01, 2024-04-01, 366",
        "calendar year,         2025-01-01, 2026-01-01, 2024-01-01, 2025-01-01, 366",
        "ten custom days,       2024-03-05, 2024-03-15, 2024-02-24, 2024-03-05, 10",
        "week,                  2024-03-04, 2024-03-11, 2024-02-26, 2024-03-04, 7",
        // 31 days that are not a calendar month move back by 31 days.
        "mid-month to mid-month,2024-03-15, 2024-04-15, 2024-02-13, 2024-03-15, 31",
        "one day,               2024-03-01, 2024-03-02, 2024-02-29, 2024-03-01, 1",
    })
    void previousPeriod(String what, LocalDate start, LocalDate end,
            LocalDate previousStart, LocalDate previousEnd, long previousDays) {
        Period previous = calendar.previous(new Period(start, end));

        assertThat(previous).isEqualTo(new Period(previousStart, previousEnd));
        assertThat(previous.days()).isEqualTo(previousDays);
    }

    @ParameterizedTest(name = "previous of {0} is {1}")
    @CsvSource({
        "this-month,          last-month",
        "this-quarter,        last-quarter",
        "this-year,           last-year",
        "this-fiscal-quarter, last-fiscal-quarter",
        "this-fiscal-year,    last-fiscal-year",
        "this-week,           last-week",
    })
    void previousOfThisBucketIsLastBucket(String thisKey, String lastKey) {
        LocalDate today = parse("2024-03-31");

        Period current = RelativePeriod.parse(thisKey).resolve(calendar, today);

        assertThat(calendar.previous(current)).isEqualTo(RelativePeriod.parse(lastKey).resolve(calendar, today));
    }
}
