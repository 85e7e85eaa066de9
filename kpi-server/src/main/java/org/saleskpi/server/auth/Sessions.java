package org.saleskpi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.server.auth.entity.SessionEntity;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.store.AoSession;

/**
 * Signed-in browsers, in the database so that every node sees them. The cookie holds a random id;
 * the table holds only its SHA-256, so a copy of the table signs nobody in.
 */
public final class Sessions {
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);

    private final AoSession session;
    private final Clock clock;
    private final Duration lifetime;
    /** By the id's hash: the user and when the session expires (ADR 0043). */
    private final RecentReads<String, Signed> recent;

    private record Signed(String userKey, long expiresAt) {
    }

    public Sessions(AoSession session, Clock clock, Duration lifetime) {
        this(session, clock, lifetime, RecentReads.DEFAULT_FRESHNESS);
    }

    /** @param freshness how long a session read from the database is taken as read (zero: always read) */
    public Sessions(AoSession session, Clock clock, Duration lifetime, Duration freshness) {
        this.session = session;
        this.clock = clock;
        this.lifetime = lifetime;
        this.recent = new RecentReads<>(freshness);
    }

    public Duration lifetime() {
        return lifetime;
    }

    /**
     * Starts a session for the user and returns its id, for the cookie; drops expired sessions, which
     * a sign-in at the same moment may be dropping too (then this runs again).
     */
    public String start(String userKey) {
        String id = Secrets.random();
        long now = clock.millis();
        ConcurrentWriters.inTransaction(session, () -> {
            session.deleteWithSQL(SessionEntity.class, "EXPIRES_AT < ?", now);
            return session.create(SessionEntity.class, Map.of("ID_HASH", Secrets.sha256(id), "USER_KEY", userKey,
                    "CREATED_AT", now, "EXPIRES_AT", now + lifetime.toMillis()));
        });
        return id;
    }

    /** The user of an unexpired session. */
    public Optional<String> userOf(String id) {
        long now = clock.millis();
        return recent.get(Secrets.sha256(id), hash -> {
            SessionEntity[] rows = session.find(SessionEntity.class, Query.select()
                    .where("ID_HASH = ? AND EXPIRES_AT > ?", hash, now));
            return rows.length == 0 ? Optional.empty()
                    : Optional.of(new Signed(rows[0].getUserKey(), rows[0].getExpiresAt()));
        }).filter(signed -> now < signed.expiresAt()).map(Signed::userKey);
    }

    public void end(String id) {
        session.inTransaction(() -> session.deleteWithSQL(SessionEntity.class, "ID_HASH = ?", Secrets.sha256(id)));
        recent.forgetAll();
    }

    /** Ends every session of the user but {@code keptId} (may be null), as after a password change. */
    public void endAllOf(String userKey, String keptId) {
        session.inTransaction(() -> keptId == null
                ? session.deleteWithSQL(SessionEntity.class, "USER_KEY = ?", userKey)
                : session.deleteWithSQL(SessionEntity.class, "USER_KEY = ? AND ID_HASH <> ?", userKey,
                        Secrets.sha256(keptId)));
        recent.forgetAll();
    }

    /** How many session lookups read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }
}
