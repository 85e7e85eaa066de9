package org.saleskpi.server.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * What this node read from the database less than {@link #DEFAULT_FRESHNESS} ago (a session's user, a token's
 * user, an account, a project role, a KPI profile, a project's quotas), so that a request does not query the
 * database for each of them (ADR 0043). A write on this node forgets what it changed at once; a write on another
 * node shows here when the entry it replaced runs out, which counts from the moment its read began, so never later
 * than the freshness after the write. A lookup that finds nothing is not kept, so wrong credentials always ask the
 * database (quotas count an empty list as found).
 *
 * <p>A read that began before a local write to it never fills the entry afterwards (the write's generation is
 * newer), so a logout cannot be undone by a request that was reading the session at that moment.
 */
public final class RecentReads<K, V> {
    /** Another node's logout, revocation or role change shows here within this, and the 2 s. */
    public static final Duration DEFAULT_FRESHNESS = Duration.ofSeconds(1);
    /** A bound on the memory: beyond it the whole map is dropped and refilled by the next reads. */
    static final int MAX_ENTRIES = 20_000;

    private final long freshNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Bumped by every local write, so that reads begun before it keep nothing. */
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong databaseReads = new AtomicLong();

    private record Entry<V>(V value, long readAt, long generation) {
    }

    /** With a zero {@code freshness} nothing is kept: every lookup reads. */
    public RecentReads(Duration freshness) {
        this(freshness, System::nanoTime);
    }

    RecentReads(Duration freshness, LongSupplier nanoTime) {
        if (freshness.isNegative()) {
            throw new IllegalArgumentException("freshness must not be negative");
        }
        this.freshNanos = freshness.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The value of {@code key}, read with {@code read} unless a fresh one is kept. */
    public Optional<V> get(K key, Function<K, Optional<V>> read) {
        return get(key, read, value -> true);
    }

    /** The same, reading again also when the kept value is no longer {@code usable} (e.g. due for a write). */
    public Optional<V> get(K key, Function<K, Optional<V>> read, Predicate<V> usable) {
        long now = nanoTime.getAsLong();
        long current = generation.get();
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.generation() == current && now - kept.readAt() < freshNanos
                && usable.test(kept.value())) {
            return Optional.of(kept.value());
        }
        databaseReads.incrementAndGet();
        Optional<V> value = read.apply(key);
        if (freshNanos > 0 && value.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value.get(), now, current));
            // A local write between the read and the put bumped the generation: that entry is never served, and
            // the next read replaces it.
        } else if (kept != null) {
            entries.remove(key, kept);
        }
        return value;
    }

    /**
     * After a local write: every lookup reads again. Auth writes (sign-out, revocation, a role or password change)
     * are rare beside reads, so forgetting everything costs one read per entry and keeps the rule simple.
     */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** How many lookups went to the database: tests prove with it that a repeated lookup does not. */
    public long databaseReads() {
        return databaseReads.get();
    }
}
