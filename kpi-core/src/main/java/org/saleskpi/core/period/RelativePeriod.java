package org.saleskpi.core.period;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period named relative to today ("last month", "last 30 days"), saved by its key in
 * preferences and URLs and resolved to dates only when a report runs.
 */
public sealed interface RelativePeriod
        permits RelativePeriod.This, RelativePeriod.Last, RelativePeriod.LastDays,
                RelativePeriod.ToDate, RelativePeriod.Custom {

    /** The stable key, e.g. {@code this-month}, {@code last-30-days}, {@code custom:2024-01-01..2024-03-31}. */
    String key();

    /** The dates this period covers when {@code today} is the current local date. */
    Period resolve(SalesCalendar calendar, LocalDate today);

    /** The dates this period covers now; "today" is taken in the calendar's zone, not the clock's. */
    default Period resolve(SalesCalendar calendar, Clock clock) {
        return resolve(calendar, calendar.today(clock));
    }

    /**
     * The whole period the resolved dates are a part of, which a comparison shifts back: the current
     * year for year to date; the resolved dates themselves for every other period.
     */
    default Period whole(SalesCalendar calendar, LocalDate today) {
        return resolve(calendar, today);
    }

    /**
     * The relative period saved under {@code key}.
     *
     * @throws IllegalArgumentException naming the key when it is not one {@link #key()} produces
     */
    static RelativePeriod parse(String key) {
        if (key == null) {
            throw new IllegalArgumentException("relative period key is missing (null)");
        }
        RelativePeriod period;
        try {
            period = fromKey(key);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("invalid relative period key '" + key + "': " + e.getMessage(), e);
        }
        // Only the spelling key() produces is accepted, so that a saved key always reads back the same.
        if (period == null || !period.key().equals(key)) {
            throw new IllegalArgumentException("unknown relative period key '" + key
                    + "', expected e.g. this-month, last-fiscal-quarter, last-30-days, year-to-date"
                    + " or custom:2024-01-01..2024-03-31");
        }
        return period;
    }

    private static RelativePeriod fromKey(String key) {
        if (key.startsWith(Custom.PREFIX)) {
            String[] days = key.substring(Custom.PREFIX.length()).split("\\.\\.", -1);
            return days.length == 2 ? new Custom(LocalDate.parse(days[0]), LocalDate.parse(days[1])) : null;
        }
        if (key.matches("last-[0-9]+-days")) {
            return new LastDays(parseDays(key.substring("last-".length(), key.length() - "-days".length())));
        }
        if (key.endsWith(ToDate.SUFFIX)) {
            return new ToDate(Bucket.fromKey(key.substring(0, key.length() - ToDate.SUFFIX.length())));
        }
        if (key.startsWith(This.PREFIX)) {
            return new This(Bucket.fromKey(key.substring(This.PREFIX.length())));
        }
        if (key.startsWith(Last.PREFIX)) {
            return new Last(Bucket.fromKey(key.substring(Last.PREFIX.length())));
        }
        return null;
    }

    private static int parseDays(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("days must be at most " + Integer.MAX_VALUE + ", was " + digits, e);
        }
    }

    private static void requireWeekOrLonger(Bucket bucket) {
        Objects.requireNonNull(bucket, "bucket");
        // "This day" is just today; a single day is asked for as last-1-days.
        if (bucket == Bucket.DAY) {
            throw new IllegalArgumentException("bucket must be a week or longer, was " + bucket.key());
        }
    }

    /** The whole current week, month, quarter, year, fiscal quarter or fiscal year. */
    record This(Bucket bucket) implements RelativePeriod {
        static final String PREFIX = "this-";

        public This {
            requireWeekOrLonger(bucket);
        }

        @Override
        public String key() {
            return PREFIX + bucket.key();
        }

        @Override
        public Period resolve(SalesCalendar calendar, LocalDate today) {
            return calendar.bucketOf(today, bucket);
        }
    }

    /** The whole bucket before the current one, e.g. last month. */
    record Last(Bucket bucket) implements RelativePeriod {
        static final String PREFIX = "last-";

        public Last {
            requireWeekOrLonger(bucket);
        }

        @Override
        public String key() {
            return PREFIX + bucket.key();
        }

        @Override
        public Period resolve(SalesCalendar calendar, LocalDate today) {
            LocalDate thisStart = calendar.bucketStart(today, bucket);
            return calendar.bucketOf(calendar.advance(thisStart, bucket, -1), bucket);
        }
    }

    /** The last {@code days} days, today included: last 7 days on 2024-03-10 is 2024-03-04..2024-03-10. */
    record LastDays(int days) implements RelativePeriod {

        public LastDays {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1, was " + days);
            }
        }

        @Override
        public String key() {
            return "last-" + days + "-days";
        }

        @Override
        public Period resolve(SalesCalendar calendar, LocalDate today) {
            return Period.inclusive(today.minusDays(days - 1L), today);
        }
    }

    /** From the start of the current bucket to today inclusive, e.g. year to date. */
    record ToDate(Bucket bucket) implements RelativePeriod {
        static final String SUFFIX = "-to-date";

        public ToDate {
            requireWeekOrLonger(bucket);
        }

        @Override
        public String key() {
            return bucket.key() + SUFFIX;
        }

        @Override
        public Period resolve(SalesCalendar calendar, LocalDate today) {
            return Period.inclusive(calendar.bucketStart(today, bucket), today);
        }

        @Override
        public Period whole(SalesCalendar calendar, LocalDate today) {
            return calendar.bucketOf(today, bucket);
        }
    }

    /** Fixed dates chosen by the user, {@code first} and {@code last} both included. */
    record Custom(LocalDate first, LocalDate last) implements RelativePeriod {
        static final String PREFIX = "custom:";

        public Custom {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("custom period ends " + last + " before it starts " + first);
            }
        }

        @Override
        public String key() {
            return PREFIX + first + ".." + last;
        }

        @Override
        public Period resolve(SalesCalendar calendar, LocalDate today) {
            return Period.inclusive(first, last);
        }
    }
}
