package org.saleskpi.core.period;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Period boundaries are local midnights in the profile's zone; instants are hand-computed in UTC. */
class SalesCalendarTimeZoneTest {

    private static SalesCalendar in(String zone) {
        return new SalesCalendar(ZoneId.of(zone), 1, DayOfWeek.MONDAY);
    }

    @ParameterizedTest(name = "{0} {1} starts {2}, lasts {4}h")
    @CsvSource({
        // zone,            day,        local midnight in UTC, next midnight in UTC, hours
        "Europe/Berlin,     2024-03-31, 2024-03-30T23:00:00Z, 2024-03-31T22:00:00Z, 23",
        "Europe/Berlin,     2024-10-27, 2024-10-26T22:00:00Z, 2024-10-27T23:00:00Z, 25",
        "America/New_York,  2024-03-10, 2024-03-10T05:00:00Z, 2024-03-11T04:00:00Z, 23",
        "America/New_York,  2024-11-03, 2024-11-03T04:00:00Z, 2024-11-04T05:00:00Z, 25",
        // Southern hemisphere: summer time ends in April and starts in October.
        "Australia/Sydney,  2024-04-07, 2024-04-06T13:00:00Z, 2024-04-07T14:00:00Z, 25",
        "Australia/Sydney,  2024-10-06, 2024-10-05T14:00:00Z, 2024-10-06T13:00:00Z, 23",
        // No daylight saving at all.
        "Asia/Tokyo,        2024-03-31, 2024-03-30T15:00:00Z, 2024-03-31T15:00:00Z, 24",
        "Europe/Berlin,     2024-03-30, 2024-03-29T23:00:00Z, 2024-03-30T23:00:00Z, 24",
    })
    void aDaylightSavingChangeDayIsStillOneDay(
            String zone, LocalDate day, Instant start, Instant nextStart, long hours) {
        SalesCalendar calendar = in(zone);

        assertThat(Period.day(day).days()).isEqualTo(1);
        assertThat(calendar.startOf(day)).isEqualTo(start);
        assertThat(calendar.startOf(day.plusDays(1))).isEqualTo(nextStart);
        assertThat(Duration.between(calendar.startOf(day), calendar.startOf(day.plusDays(1))))
                .isEqualTo(Duration.ofHours(hours));
        // Every instant of the short or long day maps back to that one local date.
        assertThat(calendar.localDate(start)).isEqualTo(day);
        assertThat(calendar.localDate(nextStart.minusSeconds(1))).isEqualTo(day);
    }

    @Test
    void aDayWithoutMidnightStartsAtItsFirstValidTime() {
        // Sao Paulo jumped from 00:00 to 01:00 on 2018-11-04, so that day began at 01:00-02:00.
        SalesCalendar saoPaulo = in("America/Sao_Paulo");

        assertThat(saoPaulo.startOf(parse("2018-11-04"))).isEqualTo(Instant.parse("2018-11-04T03:00:00Z"));
        assertThat(saoPaulo.localDate(Instant.parse("2018-11-04T02:59:59Z"))).isEqualTo(parse("2018-11-03"));
    }

    @ParameterizedTest(name = "{1} is {2} in {0}")
    @CsvSource({
        "Asia/Tokyo,        2024-03-31T14:59:59Z, 2024-03-31",
        "Asia/Tokyo,        2024-03-31T15:00:00Z, 2024-04-01",
        "Europe/Berlin,     2024-01-01T22:59:59Z, 2024-01-01",
        "Europe/Berlin,     2024-01-01T23:00:00Z, 2024-01-02",
        "Europe/Berlin,     2024-03-31T21:59:59Z, 2024-03-31",
        "Europe/Berlin,     2024-03-31T22:00:00Z, 2024-04-01",
        "America/New_York,  2024-01-02T04:59:59Z, 2024-01-01",
        "America/New_York,  2024-01-02T05:00:00Z, 2024-01-02",
        "America/New_York,  2024-04-01T03:59:59Z, 2024-03-31",
        "America/New_York,  2024-04-01T04:00:00Z, 2024-04-01",
        "Australia/Sydney,  2024-03-31T12:59:59Z, 2024-03-31",
        "Australia/Sydney,  2024-03-31T13:00:00Z, 2024-04-01",
        "Australia/Sydney,  2024-06-30T13:59:59Z, 2024-06-30",
        "Australia/Sydney,  2024-06-30T14:00:00Z, 2024-07-01",
    })
    void localDateOfInstantsAroundMidnight(String zone, Instant instant, LocalDate expected) {
        assertThat(in(zone).localDate(instant)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "this-month at 2024-03-31T23:30Z in {0} is [{1}, {2})")
    @CsvSource({
        "Asia/Tokyo,        2024-04-01, 2024-05-01",
        "Europe/Berlin,     2024-04-01, 2024-05-01",
        "Australia/Sydney,  2024-04-01, 2024-05-01",
        "America/New_York,  2024-03-01, 2024-04-01",
        "UTC,               2024-03-01, 2024-04-01",
    })
    void thisMonthFromAClockNearMidnightUtc(String zone, LocalDate start, LocalDate end) {
        Clock clock = Clock.fixed(Instant.parse("2024-03-31T23:30:00Z"), ZoneOffset.UTC);

        Period period = RelativePeriod.parse("this-month").resolve(in(zone), clock);

        assertThat(period).isEqualTo(new Period(start, end));
    }

    @ParameterizedTest(name = "{1} at {0} in {2} is [{3}, {4})")
    @CsvSource({
        // 00:30 UTC on New Year's Day is still 2023 in New York (19:30) but 2024 in Tokyo (09:30).
        "2024-01-01T00:30:00Z, year-to-date, America/New_York, 2023-01-01, 2024-01-01",
        "2024-01-01T00:30:00Z, year-to-date, Asia/Tokyo,       2024-01-01, 2024-01-02",
        "2024-01-01T00:30:00Z, last-year,    America/New_York, 2022-01-01, 2023-01-01",
        "2024-01-01T00:30:00Z, last-year,    Asia/Tokyo,       2023-01-01, 2024-01-01",
        // 23:30 UTC on a Sunday is already Monday in Sydney (10:30), a new week.
        "2024-03-10T23:30:00Z, this-week,    Australia/Sydney, 2024-03-11, 2024-03-18",
        "2024-03-10T23:30:00Z, this-week,    Europe/Berlin,    2024-03-11, 2024-03-18",
        "2024-03-10T23:30:00Z, this-week,    America/New_York, 2024-03-04, 2024-03-11",
        "2024-04-01T00:30:00Z, last-7-days,  America/New_York, 2024-03-25, 2024-04-01",
        "2024-04-01T00:30:00Z, last-7-days,  Europe/Berlin,    2024-03-26, 2024-04-02",
    })
    void relativePeriodsFromAClockLandOnTheZonesLocalDay(
            Instant now, String key, String zone, LocalDate start, LocalDate end) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);

        assertThat(RelativePeriod.parse(key).resolve(in(zone), clock)).isEqualTo(new Period(start, end));
    }

    @Test
    void theClocksOwnZoneIsIgnored() {
        Instant now = Instant.parse("2024-03-31T23:30:00Z");
        SalesCalendar newYork = in("America/New_York");

        // A server clock set to Kiritimati (UTC+14) would already say April; New York still says March.
        assertThat(newYork.today(Clock.fixed(now, ZoneId.of("Pacific/Kiritimati")))).isEqualTo(parse("2024-03-31"));
        assertThat(newYork.today(Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(parse("2024-03-31"));
    }
}
