package org.saleskpi.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that passed BCrypt a moment ago, so that a script sending HTTP Basic on every request
 * costs one BCrypt check per {@link #DEFAULT_TTL} instead of one per request (about 70 ms of CPU).
 *
 * <p>Holds per user one HMAC-SHA-256, under a key made at random when the process starts and never
 * stored, of the user key, the stored BCrypt hash and the password: never the password, and nothing a
 * copy of the heap could be checked against offline without the key. Because the stored hash is part
 * of it, a new password (a new hash, salted afresh) makes the entry useless on every node at once,
 * even one that never heard of the change. Only successes are remembered; a wrong password is
 * always checked with BCrypt. Lockout is checked by the caller before {@link #contains}.
 */
final class VerifiedPasswords {
    static final Duration DEFAULT_TTL = Duration.ofSeconds(60);
    static final int DEFAULT_MAX_USERS = 10_000;

    private final Clock clock;
    private final long ttlMillis;
    private final int maxUsers;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> byUser = new ConcurrentHashMap<>();

    private record Entry(byte[] digest, long expiresAt) {
    }

    /** With a zero {@code ttl}, nothing is remembered: every password is checked with BCrypt. */
    VerifiedPasswords(Clock clock, Duration ttl, int maxUsers) {
        if (ttl.isNegative() || maxUsers < 0) {
            throw new IllegalArgumentException("ttl and maxUsers must not be negative");
        }
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
        this.maxUsers = maxUsers;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether this password was verified against this stored hash less than the TTL ago. */
    boolean contains(String userKey, String storedHash, String password) {
        Entry entry = byUser.get(userKey);
        if (entry == null) {
            return false;
        }
        if (clock.millis() >= entry.expiresAt()) {
            byUser.remove(userKey, entry);
            return false;
        }
        // Constant time, so how long a comparison takes says nothing about how much of it matched.
        return MessageDigest.isEqual(entry.digest(), digest(userKey, storedHash, password));
    }

    /** Remembers a password that BCrypt has just accepted; when full of live entries, remembers nothing. */
    void remember(String userKey, String storedHash, String password) {
        if (ttlMillis == 0) {
            return;
        }
        long now = clock.millis();
        if (!byUser.containsKey(userKey) && byUser.size() >= maxUsers) {
            byUser.values().removeIf(entry -> now >= entry.expiresAt());
            if (byUser.size() >= maxUsers) {
                return;
            }
        }
        byUser.put(userKey, new Entry(digest(userKey, storedHash, password), now + ttlMillis));
    }

    /** Drops what is remembered for the user: after a password change and when a lockout starts. */
    void forget(String userKey) {
        byUser.remove(userKey);
    }

    int size() {
        return byUser.size();
    }

    private byte[] digest(String userKey, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            // NUL between the parts: neither a user key nor a BCrypt hash can hold one, so parts cannot shift.
            mac.update(userKey.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
