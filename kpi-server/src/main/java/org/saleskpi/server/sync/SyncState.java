package org.saleskpi.server.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far one connection's sync got, as committed with each page: the phase, the running pass's JQL and the cursor
 * of its next page (a pass resumes there after a crash), the watermark ({@code updated} of the newest issue the last
 * complete pass saw) and the newest seen by the running pass, the pass's counters (issues, pages, changes) and
 * expected size (known for a full copy), completed runs (for the census every Nth), when the pass started and the
 * last run finished, the last error (never holding a secret) and the pass's rate in issues per second.
 */
record SyncState(long connectionId, SyncPhase phase, Optional<String> passJql, Optional<String> cursor,
        Optional<Instant> watermark, Optional<Instant> passNewest, long issues, long pages, long changes,
        Optional<Long> expected, long runs, Optional<Instant> started, Optional<Instant> finished,
        Optional<String> lastError, double rate) {
    SyncState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(passJql, "passJql");
        Objects.requireNonNull(cursor, "cursor");
        Objects.requireNonNull(watermark, "watermark");
        Objects.requireNonNull(passNewest, "passNewest");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(lastError, "lastError");
    }

    /** A connection that has never synced. */
    static SyncState fresh(long connectionId) {
        return new SyncState(connectionId, SyncPhase.IDLE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 0, 0, 0, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty(),
                0);
    }

    /** Whether a pass was under way when the last run stopped: the next run goes on with it. */
    boolean passUnderWay() {
        return (phase == SyncPhase.FULL || phase == SyncPhase.INCREMENTAL) && passJql.isPresent();
    }

    /** A new pass over {@code jql}, from its first page. */
    SyncState startPass(SyncPhase pass, String jql, Optional<Long> size, Instant now) {
        return new SyncState(connectionId, pass, Optional.of(jql), Optional.empty(), watermark, Optional.empty(), 0, 0,
                0, size, runs, Optional.of(now), finished, lastError, 0);
    }

    /** After a committed page: where the next one starts, the counters and the newest {@code updated} seen. */
    SyncState afterPage(Optional<String> next, int pageIssues, int pageChanges, Optional<Instant> newest,
            double issuesPerSecond) {
        Optional<Instant> seen = later(passNewest, newest);
        return new SyncState(connectionId, phase, passJql, next, watermark, seen, issues + pageIssues, pages + 1,
                changes + pageChanges, expected, runs, started, finished, lastError, issuesPerSecond);
    }

    /** The pass read its last page: the watermark moves to the newest issue it saw; a census follows when due. */
    SyncState passDone(boolean censusDue) {
        return new SyncState(connectionId, censusDue ? SyncPhase.CENSUS : SyncPhase.IDLE, Optional.empty(),
                Optional.empty(), later(watermark, passNewest), Optional.empty(), issues, pages, changes, expected,
                runs, started, finished, lastError, rate);
    }

    /** The run ended well: idle, one more run counted, no error. */
    SyncState runDone(Instant now) {
        return new SyncState(connectionId, SyncPhase.IDLE, passJql, cursor, watermark, passNewest, issues, pages,
                changes, expected, runs + 1, started, Optional.of(now), Optional.empty(), rate);
    }

    /** The run stopped on {@code error}: everything committed stays, so the next run resumes. */
    SyncState failed(String error, Instant now) {
        return new SyncState(connectionId, phase, passJql, cursor, watermark, passNewest, issues, pages, changes,
                expected, runs, started, Optional.of(now), Optional.of(error), rate);
    }

    /** What the admin sees. The time left is told for a full copy only: only then is its size known. */
    SyncStatus status() {
        Optional<Duration> eta = Optional.empty();
        if (phase == SyncPhase.FULL && expected.isPresent() && rate > 0) {
            long left = Math.max(0, expected.get() - issues);
            eta = Optional.of(Duration.ofMillis(Math.round(left / rate * 1000)));
        }
        return new SyncStatus(issues, pages, rate, eta, lastError, phase, finished);
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().isAfter(b.get()) ? a.get() : b.get());
    }
}
