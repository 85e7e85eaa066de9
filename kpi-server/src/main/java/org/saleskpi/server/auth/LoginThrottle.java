package org.saleskpi.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a user's logins are refused after failures in a row: nothing for the first
 * {@value #FREE_FAILURES}; then 30 seconds after the 5th failure, doubling with each further
 * failure, at most 15 minutes. Refused attempts are not checked and do not count, so a
 * guesser gets about one try per cooldown while the owner waits at most 15 minutes.
 */
public final class LoginThrottle {
    public static final int FREE_FAILURES = 5;
    public static final Duration FIRST_COOLDOWN = Duration.ofSeconds(30);
    public static final Duration MAX_COOLDOWN = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** The cooldown after {@code failures} failed logins in a row. */
    public static Duration cooldown(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration cooldown = FIRST_COOLDOWN.multipliedBy(1L << doublings);
        return cooldown.compareTo(MAX_COOLDOWN) > 0 ? MAX_COOLDOWN : cooldown;
    }

    /** How long to wait yet, when the last of {@code failures} failures was at {@code lastFailedAt}. */
    public static Optional<Duration> wait(int failures, Instant lastFailedAt, Instant now) {
        Instant until = lastFailedAt.plus(cooldown(failures));
        return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }
}
