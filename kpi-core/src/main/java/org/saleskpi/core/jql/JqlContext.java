package org.saleskpi.core.jql;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a query's values depend on: the moment {@code now()} and relative dates count from, the
 * zone days start in, who {@code currentUser()} is, the day weeks start on, whom the query's user
 * values name, which issues had its WAS clauses' values, which keys its saved selections hold, and
 * the projects whose issues' dates are read in another zone than {@code zone} (issues copied from a
 * Jira site in the site's zone).
 */
public record JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart,
        UserValues users, PastValues past, SavedSelections saved, ProjectZones projectZones) {
    public JqlContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currentUser, "currentUser");
        Objects.requireNonNull(weekStart, "weekStart");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(past, "past");
        Objects.requireNonNull(saved, "saved");
        Objects.requireNonNull(projectZones, "projectZones");
    }

    /** Every project's dates in {@code zone}. */
    public JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart,
            UserValues users, PastValues past, SavedSelections saved) {
        this(now, zone, currentUser, weekStart, users, past, saved, ProjectZones.NONE);
    }

    /** Without saved selections: {@code saleskpiSelection()} is an error. */
    public JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart,
            UserValues users, PastValues past) {
        this(now, zone, currentUser, weekStart, users, past, SavedSelections.NONE);
    }

    /** Without any recorded history: WAS clauses are errors. */
    public JqlContext(Instant now, ZoneId zone, Optional<String> currentUser, DayOfWeek weekStart,
            UserValues users) {
        this(now, zone, currentUser, weekStart, users, PastValues.NONE);
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
        return new JqlContext(now, zone, currentUser, weekStart, resolved, past, saved, projectZones);
    }

    /** The same context with the query's WAS clauses answered. */
    public JqlContext withPast(PastValues resolved) {
        return new JqlContext(now, zone, currentUser, weekStart, users, resolved, saved, projectZones);
    }

    /** The same context with the query's saved selections looked up. */
    public JqlContext withSaved(SavedSelections resolved) {
        return new JqlContext(now, zone, currentUser, weekStart, users, past, resolved, projectZones);
    }

    /** The same context reading the dates of some projects' issues in another zone. */
    public JqlContext withProjectZones(ProjectZones resolved) {
        return new JqlContext(now, zone, currentUser, weekStart, users, past, saved, resolved);
    }

    /** The same context with days starting in {@code other}, for the issues of projects read in that zone. */
    JqlContext inZone(ZoneId other) {
        return new JqlContext(now, other, currentUser, weekStart, users, past, saved, ProjectZones.NONE);
    }
}
