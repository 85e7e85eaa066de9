package org.saleskpi.server.jira;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.saleskpi.core.testing.HandClock;

/**
 * A sleeper that does not sleep: it notes each wait and moves the hand clock by it, so a rate-limit pause
 * is over when the test's clock says so, and the test reads exactly which waits the reader took.
 */
final class RecordedWaits implements Sleeper {
    final HandClock clock = new HandClock(Instant.parse("2026-11-30T13:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration d) {
        waits.add(d);
        clock.advance(d);
    }

    synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** Settings on this clock: {@code parallel} batches, 2 s timeout, {@code retries} retries, jitter always half the ceiling. */
    JiraHttpSettings settings(int parallel, int retries) {
        return new JiraHttpSettings(parallel, Duration.ofSeconds(2), retries, this, clock, new HalfJitter());
    }

    /** Full jitter draws from [0, ceiling); this one always draws the middle, so a test knows each backoff. */
    static final class HalfJitter extends Random {
        @Override
        public double nextDouble() {
            return 0.5;
        }
    }
}
