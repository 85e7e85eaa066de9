package org.saleskpi.core.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Two spans of local dates that a figure is compared over: {@code current} against {@code previous}.
 * The rule is docs/period-comparisons.md: a finished period against the whole previous period; a
 * period still running, up to today, against the previous period up to the same day.
 */
public record Comparison(Period current, Period previous) {

    public Comparison {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
    }

    /** A finished period against the whole period before it ({@link SalesCalendar#previous}). */
    public static Comparison whole(SalesCalendar calendar, Period period) {
        return new Comparison(period, calendar.previous(period));
    }

    /** {@code period} as of {@code today}: see {@link #of(SalesCalendar, Period, Period, Optional)} with whole = period. */
    public static Comparison of(SalesCalendar calendar, Period period, LocalDate today) {
        return of(calendar, period, period, Optional.of(today));
    }

    /**
     * The comparison of {@code span}, a part of {@code whole} (the year of a year-to-date span, or the
     * span itself), as of {@code today}. While {@code whole} is running (today in it) the current
     * span stops at the end of today and the previous span is the same part of the period before
     * {@code whole}, up to the same day; otherwise a whole period is compared with the whole period
     * before it, and a part with the same part. Without {@code today} every period is finished.
     */
    public static Comparison of(SalesCalendar calendar, Period span, Period whole, Optional<LocalDate> today) {
        Objects.requireNonNull(today, "today");
        if (span.start().isBefore(whole.start()) || span.end().isAfter(whole.end())) {
            throw new IllegalArgumentException(span + " is not a part of " + whole);
        }
        Period before = calendar.previous(whole);
        Period current = today.filter(day -> whole.contains(day) && span.contains(day))
                .map(day -> new Period(span.start(), day.plusDays(1)))
                .orElse(span);
        return new Comparison(current, matching(current, whole, before));
    }

    /**
     * The comparison of a bucket of a chart or table: the calendar bucket of size {@code size} it
     * lies in is the whole period, so a bucket clipped to the range is compared with the same days
     * of the bucket before, and the bucket still running up to the same day.
     */
    public static Comparison ofBucket(SalesCalendar calendar, Period bucket, Bucket size, Optional<LocalDate> today) {
        return of(calendar, bucket, calendar.bucketOf(bucket.start(), size), today);
    }

    /**
     * The part of {@code to} that {@code span} is of {@code from}: its first and last days moved back
     * by the months between the two starts when both start on the first of a month (31 May to
     * 30 April: a day the earlier month lacks becomes its last day), by days otherwise, and kept
     * inside {@code to}. The last day of {@code from} matches the last day of {@code to}, so a whole
     * period matches the whole period before it (30 April to 31 March).
     */
    public static Period matching(Period span, Period from, Period to) {
        boolean byMonths = from.start().getDayOfMonth() == 1 && to.start().getDayOfMonth() == 1;
        LocalDate first;
        LocalDate last;
        if (byMonths) {
            long months = ChronoUnit.MONTHS.between(to.start(), from.start());
            first = span.start().minusMonths(months);
            last = span.lastDay().minusMonths(months);
        } else {
            long days = ChronoUnit.DAYS.between(to.start(), from.start());
            first = span.start().minusDays(days);
            last = span.lastDay().minusDays(days);
        }
        first = first.isBefore(to.start()) ? to.start() : first;
        last = last.isAfter(to.lastDay()) || span.lastDay().equals(from.lastDay()) ? to.lastDay() : last;
        if (last.isBefore(first)) {
            // Only when to is shorter than the offset of span in from: the last day of to stands in.
            first = to.lastDay();
            last = to.lastDay();
        }
        return Period.inclusive(first, last);
    }
}
