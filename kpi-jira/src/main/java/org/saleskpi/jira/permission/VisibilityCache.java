package org.saleskpi.jira.permission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.saleskpi.core.index.Visibility;

/**
 * Each user's {@link Visibility} for a few seconds: one request of a dashboard asks for it once per gadget, and
 * Jira's permission and issue security managers are asked once for all of them. A permission change forgets
 * every entry ({@link #forgetAll}); a change no event announces is seen when the entry expires.
 */
final class VisibilityCache {
    /** Entries kept before the expired ones are swept out. */
    private static final int SWEEP_ABOVE = 1_000;

    private final Clock clock;
    private final Duration timeToLive;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    /** Bumped by every forgetAll: an answer computed across one is not kept, it may predate the change. */
    private final AtomicLong generation = new AtomicLong();

    VisibilityCache(Clock clock, Duration timeToLive) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("timeToLive must not be negative: " + timeToLive);
        }
    }

    /** The user's visibility over these projects: kept while fresh, else {@code ask}ed and kept. */
    Visibility get(String userKey, Set<String> projectsInIndex, Supplier<Visibility> ask) {
        Key key = new Key(userKey, projectsInIndex);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.visibility();
        }
        long before = generation.get();
        Visibility visibility = ask.get();
        if (generation.get() == before) {
            if (entries.size() >= SWEEP_ABOVE) {
                entries.values().removeIf(old -> !now.isBefore(old.expires()));
            }
            entries.put(key, new Entry(visibility, now.plus(timeToLive)));
        }
        return visibility;
    }

    void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Key(String userKey, Set<String> projectsInIndex) {
    }

    private record Entry(Visibility visibility, Instant expires) {
    }
}
