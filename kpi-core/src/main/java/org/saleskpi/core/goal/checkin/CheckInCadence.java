package org.saleskpi.core.goal.checkin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a goal's owner is expected to write a check-in (ADR 0062). */
public enum CheckInCadence {
    WEEKLY,
    EVERY_TWO_WEEKS,
    MONTHLY,
    /** No check-ins expected: the goal is never overdue for one. */
    NONE;

    /** New goals' cadence, the sales team's weekly meeting rhythm. */
    public static final CheckInCadence DEFAULT = WEEKLY;

    /** Stable lower-case key for JSON, storage and i18n, e.g. {@code every-two-weeks}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CheckInCadence> ofKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * The day by which the next check-in is due after one written (or a goal created) on {@code day}: a week, two
     * weeks or a calendar month later (31 January gives the last day of February). Empty for {@link #NONE}.
     */
    public Optional<LocalDate> dueAfter(LocalDate day) {
        return switch (this) {
            case WEEKLY -> Optional.of(day.plusWeeks(1));
            case EVERY_TWO_WEEKS -> Optional.of(day.plusWeeks(2));
            case MONTHLY -> Optional.of(day.plusMonths(1));
            case NONE -> Optional.empty();
        };
    }
}
