package org.saleskpi.core.gadget;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * The dates a dataset is built for: the period, the whole period it is a part of (the year of {@code ytd}, else
 * the period itself) and today, in the profile's calendar. Known before loading unless the period is {@code all}.
 */
public record Dates(Period period, Period whole, LocalDate today, SalesCalendar calendar) {
    public Dates {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** What the period is compared with today (docs/period-comparisons.md). */
    public Comparison comparison() {
        return Comparison.of(calendar, period, whole, Optional.of(today));
    }

    /** The span whose quotas the period and what it is compared with need. */
    public Period quotaSpan() {
        // Year to date is compared with last year from 1 January, earlier than the days just before it.
        LocalDate first = calendar.previous(period).start();
        LocalDate lastYear = calendar.previous(whole).start();
        return new Period(lastYear.isBefore(first) ? lastYear : first, period.end());
    }
}
