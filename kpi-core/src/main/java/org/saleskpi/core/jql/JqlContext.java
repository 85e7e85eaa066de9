package org.saleskpi.core.jql;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query's values depend on: the moment {@code now()} and relative dates count from, the
 * zone days start in, who {@code currentUser()} is, the day weeks start on and whom the query's user
 * values name.
 */
public record JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart,
        UserValues users) {
    public JqlContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(users, "users");
    }

    /** Without a directory: user values are user keys. */
    public JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart) {
        this(now, zone, currentUser, weekStart, UserValues.NONE);
    }

    /** Now from the clock, weeks from Monday, user values as user keys. */
    public static JqlContext of(Clock clock, ZoneId zone, Optional<String> currentUser) {
        return new JqlContext(clock.instant(), zone, currentUser, DayOfWeek.MONDAY);
    }

    /** The same context with the query's user values looked up. */
    public JqlContext withUsers(UserValues resolved) {
        return new JqlContext(now, zone, currentUser, weekStart, resolved);
    }
}
