package org.saleskpi.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A connection's sync progress as the admin page and {@code GET /connections/{id}/status} show it: issues and pages
 * copied by the current pass (the last one when idle), its rate in issues per second, the time left when it can be
 * told, the last error (never holding a secret), the phase, and when the last run finished.
 */
public record SyncStatus(long issues, long pages, double rate, Optional<Duration> eta, Optional<String> lastError,
        SyncPhase phase, Optional<Instant> lastFinished) {
    public SyncStatus {
        Objects.requireNonNull(eta, "eta");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastFinished, "lastFinished");
    }
}
