package org.saleskpi.server.jira;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How a reader talks to Jira: how many detail batches run at once, the per-request timeout, how often
 * a failed request is tried again, and the sleeper, clock and jitter source (injected by tests).
 */
public record JiraHttpSettings(int parallelBatches, Duration timeout, int maxRetries, Sleeper sleeper, Clock clock,
        Random jitter) {

    public JiraHttpSettings {
        if (parallelBatches < 1) {
            throw new IllegalArgumentException("parallelBatches must be at least 1");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(jitter, "jitter");
    }

    /** Four parallel batches, 30 s per request, six retries, real sleeping. */
    public static JiraHttpSettings defaults() {
        return new JiraHttpSettings(4, Duration.ofSeconds(30), 6, Sleeper.real(), Clock.systemUTC(), new Random());
    }
}
