package org.saleskpi.core.drill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.saleskpi.core.jql.SavedKeys;
import org.saleskpi.core.user.UserRef;

/**
 * Saved key lists for drill-down links too long to carry their keys (ADR 0033): a list is kept under a random
 * token for its owner, for {@link #LIFETIME}, and the link names the token ({@code saleskpiSelection("<token>")}).
 * The searches of both hosts ask {@link #keys} which keys a token holds for the asking user.
 */
public final class KeySelections implements SavedKeys {
    /** How long a link keeps working: a week, so a link sent to oneself or left open in a tab still opens. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    /** A list saved again within its last day is saved anew, so a fresh link always has a day or more. */
    static final Duration REUSED_WHILE = Duration.ofDays(1);
    /** The most keys a list holds: the largest cohort a funnel step drills into (beyond it, no link). */
    public static final int MAX_KEYS = 100_000;
    /** The most lists one user keeps; the oldest give way, so a user cannot fill the table. */
    public static final int KEPT_PER_OWNER = 500;
    /** No host keeps lists: links longer than their inline limit are not offered. */
    public static final KeySelections NONE = new KeySelections(new NoStore(), Clock.systemUTC());

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SelectionStore store;
    private final Clock clock;

    /** One public constructor: Jira's Spring context builds this from the store and the clock. */
    public KeySelections(SelectionStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The token of a list of {@code owner}'s holding {@code keys}: one saved before that lives a day more, else a new
     * one. Empty when the host keeps no lists or the keys are more than {@link #MAX_KEYS}.
     */
    public Optional<String> save(UserRef owner, Collection<String> keys) {
        if (store instanceof NoStore || keys.size() > MAX_KEYS) {
            return Optional.empty();
        }
        List<String> sorted = List.copyOf(new TreeSet<>(keys));
        String digest = digest(owner.key(), sorted);
        Instant now = clock.instant();
        Optional<Selection> saved = store.live(owner.key(), digest, now.plus(REUSED_WHILE));
        if (saved.isPresent()) {
            return Optional.of(saved.get().token());
        }
        Selection selection = new Selection(token(), owner.key(), digest, now, now.plus(LIFETIME), sorted);
        store.save(selection, KEPT_PER_OWNER);
        return Optional.of(selection.token());
    }

    @Override
    public Found keys(String token, Optional<String> user) {
        if (store instanceof NoStore || user.isEmpty()) {
            return new Found.Unknown();
        }
        Optional<Selection> saved = store.find(token).filter(s -> s.owner().equals(user.get()));
        if (saved.isEmpty()) {
            return new Found.Unknown();
        }
        if (!clock.instant().isBefore(saved.get().expires())) {
            return new Found.Expired(saved.get().expires());
        }
        return new Found.Keys(new TreeSet<>(saved.get().keys()));
    }

    /** {@link #NONE}'s store: asked nothing, since {@code save} and {@code keys} answer before asking it. */
    private static final class NoStore implements SelectionStore {
        @Override
        public void save(Selection selection, int keptPerOwner) {
            throw new IllegalStateException("no store keeps selections here");
        }

        @Override
        public Optional<Selection> find(String token) {
            return Optional.empty();
        }

        @Override
        public Optional<Selection> live(String owner, String digest, Instant after) {
            return Optional.empty();
        }
    }

    /** 128 random bits, URL-safe: unguessable, and a link needs no escaping for it. */
    private static String token() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String owner, List<String> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(owner.getBytes(StandardCharsets.UTF_8));
            for (String key : sorted) {
                sha.update((byte) '\n');
                sha.update(key.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
