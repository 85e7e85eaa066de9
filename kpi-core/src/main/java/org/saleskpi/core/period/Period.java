package org.saleskpi.core.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A half-open range {@code [start, end)} of local dates. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period end " + end + " must be after start " + start);
        }
    }

    /** The period from {@code first} to {@code last}, both days included. */
    public static Period inclusive(LocalDate first, LocalDate last) {
        return new Period(first, last.plusDays(1));
    }

    public static Period day(LocalDate day) {
        return new Period(day, day.plusDays(1));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** Number of calendar days; a daylight-saving day counts as one. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }

    /** The last day inside the period. */
    public LocalDate lastDay() {
        return end.minusDays(1);
    }

    public long startEpochDay() {
        return start.toEpochDay();
    }

    public long endEpochDay() {
        return end.toEpochDay();
    }

    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
