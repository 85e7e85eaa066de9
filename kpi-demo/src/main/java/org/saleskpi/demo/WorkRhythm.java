package org.saleskpi.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.saleskpi.core.period.Period;

/**
 * When things happen in a data set: a window of local days in one zone, each day weighted
 * (busier on weekdays, busier as the business grows), and times of day mostly in working hours
 * but some within an hour of local midnight, where a wrong zone would move them to another day.
 */
final class WorkRhythm {
    /** Share of a day's events up to each knot of {@link #CLOCK_SECONDS}: piecewise linear. */
    private static final double[] DAY_SHARES = {0.0, 0.03, 0.05, 0.92, 0.95, 1.0};
    private static final int[] CLOCK_SECONDS = {0, 3_600, 8 * 3_600, 18 * 3_600, 23 * 3_600, 24 * 3_600};
    /** Activity at the end of the window relative to its start: 1 + GROWTH. */
    private static final double GROWTH = 1.0;

    private final ZoneId zone;
    private final LocalDate firstDay;
    private final Instant start;
    private final Instant end;
    /** Share of the last day's events that happen before {@link #end}: 1 when the whole day has passed. */
    private final double lastDayShare;
    private final double[] weights;
    /** cumulative[d] = sum of weights of the days before d; one longer than weights. */
    private final double[] cumulative;

    private WorkRhythm(ZoneId zone, LocalDate firstDay, Instant end, double[] weights) {
        this.zone = zone;
        this.firstDay = firstDay;
        this.start = firstDay.atStartOfDay(zone).toInstant();
        this.end = end;
        LocalDate lastDay = firstDay.plusDays(weights.length - 1L);
        boolean wholeLastDay = !end.isBefore(lastDay.plusDays(1).atStartOfDay(zone).toInstant());
        this.lastDayShare = wholeLastDay ? 1.0 : shareOfDay(end.atZone(zone).toLocalTime().toSecondOfDay());
        this.weights = weights;
        this.cumulative = new double[weights.length + 1];
        for (int d = 0; d < weights.length; d++) {
            double weight = d == weights.length - 1 ? weights[d] * lastDayShare : weights[d];
            cumulative[d + 1] = cumulative[d] + weight;
        }
    }

    /** Weekdays busier than weekends, and a steady growth over the window, which ends at midnight. */
    static WorkRhythm workdays(ZoneId zone, Period window) {
        return workdays(zone, window, window.end().atStartOfDay(zone).toInstant());
    }

    /**
     * Weekdays busier than weekends, and a steady growth over the window, up to {@code end} on its
     * last day: the last day's events are those of its hours before then.
     */
    static WorkRhythm workdays(ZoneId zone, Period window, Instant end) {
        int days = (int) window.days();
        double[] weights = new double[days];
        for (int d = 0; d < days; d++) {
            weights[d] = (1.0 + GROWTH * d / days) * weekdayFactor(window.start().plusDays(d));
        }
        return new WorkRhythm(zone, window.start(), end, weights);
    }

    /**
     * This rhythm with {@code share} of all its weight moved onto its first {@code days} days,
     * e.g. the customers a team already had, entered in the first weeks of using Jira.
     */
    WorkRhythm withOpening(double share, int days) {
        int opening = Math.min(days, weights.length);
        double total = cumulative[weights.length];
        double extraPerDay = total * share / (1.0 - share) / opening;
        double[] shifted = weights.clone();
        for (int d = 0; d < opening; d++) {
            shifted[d] += extraPerDay;
        }
        return new WorkRhythm(zone, firstDay, end, shifted);
    }

    private static double weekdayFactor(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return 0.2;
        }
        return day == DayOfWeek.SUNDAY ? 0.1 : 1.0;
    }

    /** Local midnight of the first day. */
    Instant start() {
        return start;
    }

    /** The present moment: local midnight after the last day unless the data set stands earlier; no event reaches it. */
    Instant end() {
        return end;
    }

    LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The instant of a local date-time; a time in a daylight-saving gap moves forward by the gap. */
    Instant at(LocalDate date, int secondOfDay) {
        return LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay)).atZone(zone).toInstant();
    }

    /** A time on {@code date} drawn from the day's shape (working hours, some near midnight). */
    Instant sometimeOn(LocalDate date, Dice dice) {
        return at(date, secondOfDay(dice.unit()));
    }

    /** Uniform in [from, until); {@code from} itself when the range is empty. */
    Instant sometimeBetween(Instant from, Instant until, Dice dice) {
        long lo = from.getEpochSecond();
        long hi = until.getEpochSecond();
        return lo + 1 >= hi ? from : Instant.ofEpochSecond(dice.between(lo, hi));
    }

    /**
     * {@code count} instants in increasing order that follow the day weights: the i-th falls at a
     * random point of the i-th of {@code count} equal slices of the total weight. Increasing order
     * is what lets keys follow creation order without sorting the whole data set.
     */
    Sequence sequence(int count, Dice dice) {
        return new Sequence(count, dice);
    }

    /** The share of a day's events that happen before {@code secondOfDay}: the inverse of {@link #secondOfDay}. */
    static double shareOfDay(int secondOfDay) {
        for (int k = 1; k < CLOCK_SECONDS.length; k++) {
            if (secondOfDay < CLOCK_SECONDS[k]) {
                double within = (secondOfDay - CLOCK_SECONDS[k - 1]) / (double) (CLOCK_SECONDS[k] - CLOCK_SECONDS[k - 1]);
                return DAY_SHARES[k - 1] + within * (DAY_SHARES[k] - DAY_SHARES[k - 1]);
            }
        }
        return 1.0;
    }

    /** The second of the day by which {@code share} of a day's events have happened. */
    static int secondOfDay(double share) {
        for (int k = 1; k < DAY_SHARES.length; k++) {
            if (share < DAY_SHARES[k]) {
                double within = (share - DAY_SHARES[k - 1]) / (DAY_SHARES[k] - DAY_SHARES[k - 1]);
                int second = CLOCK_SECONDS[k - 1] + (int) (within * (CLOCK_SECONDS[k] - CLOCK_SECONDS[k - 1]));
                return Math.min(second, 86_399);
            }
        }
        return 86_399;
    }

    /** Hands out the instants of {@link #sequence} one by one. */
    final class Sequence {
        private final int count;
        private final Dice dice;
        private int next;
        private int day;
        private Instant last;

        private Sequence(int count, Dice dice) {
            this.count = count;
            this.dice = dice;
            this.last = start;
        }

        boolean hasNext() {
            return next < count;
        }

        Instant next() {
            double target = (next + dice.unit()) / count * cumulative[weights.length];
            next++;
            while (day < weights.length - 1 && cumulative[day + 1] <= target) {
                day++;
            }
            double weight = cumulative[day + 1] - cumulative[day];
            double share = weight <= 0 ? 0.0 : Math.min(Math.max((target - cumulative[day]) / weight, 0.0), 0.999_999);
            if (day == weights.length - 1) {
                // The last day only up to the present moment.
                share *= lastDayShare;
            }
            Instant instant = at(firstDay.plusDays(day), secondOfDay(share));
            // A daylight-saving gap can push a time past the next one; never go back in time.
            if (instant.isBefore(last)) {
                instant = last;
            }
            // Nor past the present (a gap on the last day can push a time beyond it).
            if (!instant.isBefore(end)) {
                instant = end.minusSeconds(1);
            }
            last = instant;
            return instant;
        }
    }
}
