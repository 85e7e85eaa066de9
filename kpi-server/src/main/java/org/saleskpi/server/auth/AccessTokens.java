package org.saleskpi.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import org.saleskpi.server.auth.entity.AccessTokenEntity;
import org.saleskpi.server.cluster.RecentReads;
import org.saleskpi.store.AoSession;

/** Personal access tokens for scripts ({@code Authorization: Bearer}); only their SHA-256 is stored. */
public final class AccessTokens {
    /** Tokens start with this, so secret scanners and people recognise them. */
    public static final String PREFIX = "skpat_";
    /** Writing "last used" on every request would be a write per call; once a minute is enough. */
    private static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    private final AoSession session;
    private final Clock clock;
    /** By the secret's hash: the user of a valid, unrevoked token (ADR 0043). */
    private final RecentReads<String, Used> recent;

    /** A token's user, and when "last used" was last written. */
    private record Used(String userKey, long lastUsedAt) {
    }

    /** A token as listed: never its secret. {@code lastUsed} is null when never used. */
    public record Token(long id, String userKey, String name, Instant created, Instant lastUsed, boolean revoked) {
    }

    /** A token just created, with the secret that is shown this once. */
    public record NewToken(Token token, String secret) {
    }

    public AccessTokens(AoSession session, Clock clock) {
        this(session, clock, RecentReads.DEFAULT_FRESHNESS);
    }

    /** @param freshness how long a token read from the database is taken as read (zero: always read) */
    public AccessTokens(AoSession session, Clock clock, Duration freshness) {
        this.session = session;
        this.clock = clock;
        this.recent = new RecentReads<>(freshness);
    }

    public NewToken create(String userKey, String name) {
        String secret = PREFIX + Secrets.random();
        AccessTokenEntity row = session.inTransaction(() -> session.create(AccessTokenEntity.class, Map.of(
                "USER_KEY", userKey, "NAME", name, "TOKEN_HASH", Secrets.sha256(secret),
                "CREATED_AT", clock.millis(), "LAST_USED_AT", 0L, "REVOKED", false)));
        return new NewToken(token(row), secret);
    }

    public List<Token> of(String userKey) {
        return Arrays.stream(session.find(AccessTokenEntity.class,
                        Query.select().where("USER_KEY = ?", userKey).order("ID ASC")))
                .map(AccessTokens::token).toList();
    }

    public Optional<Token> get(long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.get(AccessTokenEntity.class, (int) id)).map(AccessTokens::token);
    }

    /** Revoked tokens stay listed, so their owner sees what was revoked; they never authenticate again. */
    public void revoke(long id) {
        session.inTransaction(() -> {
            AccessTokenEntity row = session.get(AccessTokenEntity.class, (int) id);
            if (row != null) {
                row.setRevoked(true);
                row.save();
            }
            return null;
        });
        recent.forgetAll();
    }

    /**
     * The user of a valid, unrevoked token. "Last used" is written when the database is read, which a kept token is
     * every {@link RecentReads#DEFAULT_FRESHNESS}: well within its minute.
     */
    public Optional<String> userOf(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long now = clock.millis();
        return recent.get(Secrets.sha256(secret), this::read,
                used -> now - used.lastUsedAt() < LAST_USED_RESOLUTION_MILLIS).map(Used::userKey);
    }

    private Optional<Used> read(String hash) {
        AccessTokenEntity[] rows = session.find(AccessTokenEntity.class, Query.select()
                .where("TOKEN_HASH = ? AND REVOKED = ?", hash, false));
        if (rows.length == 0) {
            return Optional.empty();
        }
        AccessTokenEntity row = rows[0];
        long now = clock.millis();
        if (now - row.getLastUsedAt() >= LAST_USED_RESOLUTION_MILLIS) {
            try {
                session.inTransaction(() -> {
                    row.setLastUsedAt(now);
                    row.save();
                    return null;
                });
            } catch (RuntimeException e) { // AO's save() throws its SQLException undeclared, unwrapped
                // Another request with this token is writing "last used" at the same moment; its time will do.
                if (!ConcurrentWriters.lostToConcurrentWriter(e)) {
                    throw e;
                }
            }
        }
        return Optional.of(new Used(row.getUserKey(), row.getLastUsedAt()));
    }

    /** How many token lookups read the database (tests count them). */
    long databaseReads() {
        return recent.databaseReads();
    }

    private static Token token(AccessTokenEntity row) {
        return new Token(row.getID(), row.getUserKey(), row.getName(), Instant.ofEpochMilli(row.getCreatedAt()),
                row.getLastUsedAt() == 0 ? null : Instant.ofEpochMilli(row.getLastUsedAt()), row.isRevoked());
    }
}
