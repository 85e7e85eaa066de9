package org.saleskpi.server.connect.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.issues.IssueStore;

/**
 * {@link PerUserConnections} over the stored connections and the issue store's Jira id mapping. A disabled connection
 * in per-user mode still limits its copied issues. Which connections are per user is asked at every visibility
 * computation (each gadget request), so it is kept: read again as soon as this server writes a connection (a changed
 * mode counts at once), and at the latest after {@link #FRESH} for a change another node made.
 */
public final class StoredPerUserConnections implements PerUserConnections {
    /** How long a change another node made to a connection's mode may go unseen here. */
    public static final Duration FRESH = Duration.ofSeconds(5);

    private final ConnectionStore connections;
    private final IssueStore issues;
    private final Clock clock;
    private final Duration fresh;
    private volatile Held held;

    public StoredPerUserConnections(ConnectionStore connections, IssueStore issues, Clock clock) {
        this(connections, issues, clock, FRESH);
    }

    StoredPerUserConnections(ConnectionStore connections, IssueStore issues, Clock clock, Duration fresh) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.issues = issues;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fresh = Objects.requireNonNull(fresh, "fresh");
    }

    @Override
    public Set<Long> perUser() {
        Held now = held;
        Instant at = clock.instant();
        // The write count is taken before reading: a write landing during the read makes the next call read again.
        long writes = connections.writes();
        if (now != null && now.writes() == writes && at.isBefore(now.read().plus(fresh))) {
            return now.perUser();
        }
        Set<Long> perUser = connections.list().stream()
                .filter(connection -> connection.sync().permissionMode() == PermissionMode.PER_USER)
                .map(JiraConnection::id)
                .collect(Collectors.toUnmodifiableSet());
        held = new Held(writes, at, perUser);
        return perUser;
    }

    @Override
    public Map<String, String> keysByJiraId(long connectionId) {
        return issues.jiraIds(connectionId);
    }

    private record Held(long writes, Instant read, Set<Long> perUser) {
    }
}
