package org.saleskpi.jira.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read from Jira's database at most once per {@link #FRESH}, and again at once when its stamp moves (a
 * write this node made): what every request asks, without each request asking Jira. A write on another node shows
 * within {@link #FRESH}; a clock stepped back reads again.
 */
final class Refreshed<T> {
    /** How old a read may be before a request reads again: an admin's change reaches every node within it. */
    static final Duration FRESH = Duration.ofSeconds(10);

    private final Supplier<? extends T> source;
    private final LongSupplier stamp;
    private final Clock clock;
    private volatile Read<T> last;

    private record Read<T>(T value, long stamp, Instant until) {
    }

    /** @param stamp moves after each write this node makes to what {@code source} reads */
    Refreshed(Supplier<? extends T> source, LongSupplier stamp, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.stamp = Objects.requireNonNull(stamp, "stamp");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Refreshed(Supplier<? extends T> source, Clock clock) {
        this(source, () -> 0L, clock);
    }

    /** The last read while it is fresh, else a new one. */
    T get() {
        Instant now = clock.instant();
        long stamped = stamp.getAsLong();
        Read<T> read = last;
        if (read == null || read.stamp() != stamped || !now.isBefore(read.until())
                || now.isBefore(read.until().minus(FRESH))) {
            return read(now, stamped);
        }
        return read.value();
    }

    /** A new read whatever the last one's age: for the jobs that keep the cache in step, not for requests. */
    T reread() {
        return read(clock.instant(), stamp.getAsLong());
    }

    // The stamp is taken before the value, so a write landing in between makes the next get() read again.
    private T read(Instant now, long stamped) {
        T value = source.get();
        last = new Read<>(value, stamped, now.plus(FRESH));
        return value;
    }
}
