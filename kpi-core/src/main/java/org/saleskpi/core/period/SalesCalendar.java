package org.saleskpi.core.period;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A profile's calendar: the time zone in which every period boundary is a local midnight, the
 * month the fiscal year starts in, and the first day of the week.
 */
public record SalesCalendar(ZoneId zone, int fiscalYearStartMonth, DayOfWeek weekStart) {

    public SalesCalendar {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(weekStart, "weekStart");
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("fiscalYearStartMonth must be 1..12, was " + fiscalYearStartMonth);
        }
    }

    /** Calendar year, ISO weeks starting Monday. */
    public static SalesCalendar of(ZoneId zone) {
        return new SalesCalendar(zone, 1, DayOfWeek.MONDAY);
    }

    /** The local date of an instant in this calendar's zone. */
    public LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** Today's local date in this calendar's zone; the clock's own zone plays no part. */
    public LocalDate today(Clock clock) {
        return localDate(clock.instant());
    }

    /** The instant a local date begins (local midnight, or the first valid time after a gap). */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The first day of the bucket that contains {@code date}. */
    public LocalDate bucketStart(LocalDate date, Bucket bucket) {
        return switch (bucket) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
            case FISCAL_QUARTER -> fiscalStart(date, 3);
            case FISCAL_YEAR -> fiscalStart(date, 12);
        };
    }

    /** The whole bucket that contains {@code date}. */
    public Period bucketOf(LocalDate date, Bucket bucket) {
        LocalDate start = bucketStart(date, bucket);
        return new Period(start, advance(start, bucket, 1));
    }

    /** {@code start} moved by {@code count} buckets (negative to go back). */
    public LocalDate advance(LocalDate start, Bucket bucket, int count) {
        return switch (bucket) {
            case DAY -> start.plusDays(count);
            case WEEK -> start.plusWeeks(count);
            case MONTH -> start.plusMonths(count);
            case QUARTER, FISCAL_QUARTER -> start.plusMonths(3L * count);
            case YEAR, FISCAL_YEAR -> start.plusYears(count);
        };
    }

    /**
     * The buckets that cover {@code range}, in order. The first and last are clipped to the range,
     * so that a bucketed total always equals the range's total.
     */
    public List<Period> buckets(Period range, Bucket bucket) {
        List<Period> result = new ArrayList<>();
        LocalDate start = bucketStart(range.start(), bucket);
        while (start.isBefore(range.end())) {
            LocalDate next = advance(start, bucket, 1);
            LocalDate from = start.isBefore(range.start()) ? range.start() : start;
            LocalDate to = next.isAfter(range.end()) ? range.end() : next;
            result.add(new Period(from, to));
            start = next;
        }
        return result;
    }

    /**
     * The period just before {@code period}: for a period made of whole months (a month, quarter,
     * fiscal year...) the same number of months before it; otherwise the same number of days.
     */
    public Period previous(Period period) {
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(start, end);
            return new Period(start.minusMonths(months), start);
        }
        return new Period(start.minusDays(period.days()), start);
    }

    /** Fiscal year (named by the calendar year it ends in, as most companies do) of a date. */
    public int fiscalYear(LocalDate date) {
        LocalDate fyStart = fiscalStart(date, 12);
        return fiscalYearStartMonth == 1 ? fyStart.getYear() : fyStart.getYear() + 1;
    }

    /** Fiscal quarter 1..4 of a date. */
    public int fiscalQuarter(LocalDate date) {
        LocalDate fyStart = fiscalStart(date, 12);
        return (int) (ChronoUnit.MONTHS.between(fyStart, date.withDayOfMonth(1)) / 3) + 1;
    }

    private LocalDate fiscalStart(LocalDate date, int monthsPerBucket) {
        int monthsSinceFyStart = Math.floorMod(date.getMonthValue() - fiscalYearStartMonth, 12);
        int back = monthsSinceFyStart % monthsPerBucket;
        return date.withDayOfMonth(1).minusMonths(back);
    }
}
