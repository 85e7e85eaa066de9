package org.saleskpi.server.jql;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query's values depend on: the moment {@code now()} and relative dates count from, the
 * zone days start in, who {@code currentUser()} is and the day weeks start on.
 */
public record JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart) {
    public JqlContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(weekStart, "weekStart");
    }

    /** Now from the clock, weeks from Monday. */
    public static JqlContext of(Clock clock, ZoneId zone, Optional<String> currentUser) {
        return new JqlContext(clock.instant(), zone, currentUser, DayOfWeek.MONDAY);
    }
}
