package org.saleskpi.web.guard;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per user and minute, as a token bucket per user: a user may spend a minute's worth at once, and earns
 * them back evenly over the minute. A wallboard that refreshes its gadgets together therefore passes, while a
 * script that asks without pause is held to the rate.
 */
public final class RateLimit {
    /** Above this many users the buckets that are full again are dropped: they would allow the same. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(Clock clock) {
        this.clock = clock;
    }

    /**
     * Spends one request of {@code user} at {@code perMinute}: 0 when allowed, else the whole seconds (at least 1)
     * after which the next one will be.
     */
    public long spend(String user, int perMinute) {
        long now = clock.millis();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.refilled(now, perMinute).isFull(perMinute));
        }
        long[] retrySeconds = new long[1];
        buckets.compute(user, (key, bucket) -> {
            Bucket current = bucket == null ? Bucket.full(perMinute, now) : bucket.refilled(now, perMinute);
            if (current.credit >= Bucket.REQUEST) {
                return new Bucket(current.credit - Bucket.REQUEST, now);
            }
            long waitMillis = ceilDiv(Bucket.REQUEST - current.credit, perMinute);
            retrySeconds[0] = Math.max(1, ceilDiv(waitMillis, 1000));
            return current;
        });
        return retrySeconds[0];
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /**
     * Credit in whole units, so that no rounding decides a request: one request costs {@link #REQUEST} units and a
     * user earns {@code perMinute} units a millisecond, i.e. {@code perMinute} requests a minute.
     */
    private record Bucket(long credit, long at) {
        static final long REQUEST = 60_000;

        static Bucket full(int perMinute, long now) {
            return new Bucket(REQUEST * perMinute, now);
        }

        Bucket refilled(long now, int perMinute) {
            long earned = Math.max(0, now - at) * perMinute;
            return new Bucket(Math.min(REQUEST * perMinute, credit + earned), Math.max(now, at));
        }

        boolean isFull(int perMinute) {
            return credit >= REQUEST * perMinute;
        }
    }
}
