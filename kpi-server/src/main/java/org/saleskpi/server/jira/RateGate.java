package org.saleskpi.server.jira;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One per site: when the next request may go. A quota 429 pauses every request of the site; a burst
 * 429 slows only its endpoint, doubling the wait at each strike in a row (never shorter than the
 * Retry-After Jira sent). The waits run on the injected clock and sleeper, so tests see them without sleeping.
 *
 * <p>Source for the two scopes: "Build an app that respects rate limits",
 * https://developer.atlassian.com/cloud/jira/platform/build-an-app-that-respects-rate-limits/
 * (jira-burst-based: "one tenant, one endpoint, one HTTP method ... slow down requests to that endpoint only").
 */
final class RateGate {
    private static final Duration FIRST_BURST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_BURST_WAIT = Duration.ofMinutes(2);

    private final Clock clock;
    private final Sleeper sleeper;
    private Instant siteUntil = Instant.MIN;
    private final Map<String, Instant> endpointUntil = new HashMap<>();
    private final Map<String, Integer> strikes = new HashMap<>();

    RateGate(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until neither the site nor this endpoint is held back; answers how long it waited. */
    Duration awaitTurn(String endpoint) throws InterruptedException {
        Instant until;
        synchronized (this) {
            until = later(siteUntil, endpointUntil.getOrDefault(endpoint, Instant.MIN));
        }
        Duration wait = until == Instant.MIN ? Duration.ZERO : Duration.between(clock.instant(), until);
        if (wait.isNegative() || wait.isZero()) {
            return Duration.ZERO;
        }
        sleeper.sleep(wait);
        return wait;
    }

    /** A quota (or cost) limit: nothing of this site goes out before {@code wait} has passed. */
    synchronized void pauseSite(Duration wait) {
        siteUntil = later(siteUntil, clock.instant().plus(wait));
    }

    /** A burst limit on one endpoint: it waits at least {@code retryAfter}, longer at each strike in a row. */
    synchronized Duration slowEndpoint(String endpoint, Duration retryAfter) {
        int strike = strikes.merge(endpoint, 1, Integer::sum);
        Duration doubling = FIRST_BURST_WAIT.multipliedBy(1L << Math.min(strike - 1, 20));
        if (doubling.compareTo(LONGEST_BURST_WAIT) > 0) {
            doubling = LONGEST_BURST_WAIT;
        }
        Duration wait = retryAfter.compareTo(doubling) > 0 ? retryAfter : doubling;
        endpointUntil.put(endpoint, later(endpointUntil.getOrDefault(endpoint, Instant.MIN), clock.instant().plus(wait)));
        return wait;
    }

    /** The endpoint answered: its run of strikes is over. */
    synchronized void passed(String endpoint) {
        strikes.remove(endpoint);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
