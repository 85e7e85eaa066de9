package org.saleskpi.core.goal.checkin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the owner says of the goal in a check-in; their judgement, beside the computed pace. */
public enum CheckInStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK;

    /** Stable lower-case key for JSON, storage and i18n, e.g. {@code at-risk} (as {@code GoalStatus} keys). */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CheckInStatus> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }
}
