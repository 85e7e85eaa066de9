package org.saleskpi.server.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.saleskpi.server.cluster.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each enabled connection's sync every {@link SyncSettings#interval()} (counted from the start of its last run),
 * and at once on {@link #syncNow}. A connection is never run twice at the same time: a request while it is queued or
 * running is the run under way. Runs of different connections go side by side on a small pool. Closing stops the
 * clock, interrupts the runs (each resumes at its last stored page on the next start) and waits for them briefly.
 * Across server nodes on one database, a run holds the connection's {@link ClusterLock}: a node that cannot take it
 * skips the run, and a scheduled run is skipped too when another node finished one within the interval (ADR 0041).
 */
public final class SyncScheduler implements AutoCloseable {
    /** How often the scheduler looks for a connection that is due: well under the shortest interval, a minute. */
    static final Duration TICK = Duration.ofSeconds(15);
    private static final int RUNNERS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final JiraSync sync;
    private final SyncConnections connections;
    private final Clock clock;
    private final Duration tick;
    private final ScheduledExecutorService ticker;
    private final ExecutorService runners;
    private final ClusterLock lock;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Map<Long, Instant> lastStarted = new ConcurrentHashMap<>();

    public SyncScheduler(JiraSync sync, SyncConnections connections, Clock clock, ClusterLock lock) {
        this(sync, connections, clock, TICK, lock);
    }

    /** With another tick, for tests; alone on its database. */
    SyncScheduler(JiraSync sync, SyncConnections connections, Clock clock, Duration tick) {
        this(sync, connections, clock, tick, ClusterLock.local());
    }

    /** With another tick and lock, for tests. */
    SyncScheduler(JiraSync sync, SyncConnections connections, Clock clock, Duration tick, ClusterLock lock) {
        this.lock = Objects.requireNonNull(lock, "lock");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tick = Objects.requireNonNull(tick, "tick");
        this.ticker = Executors.newSingleThreadScheduledExecutor(threads("saleskpi-sync-clock"));
        this.runners = Executors.newFixedThreadPool(RUNNERS, threads("saleskpi-sync"));
    }

    /** Starts looking for due connections: the first look is at once, so a restarted server resumes its passes. */
    public void start() {
        ticker.scheduleWithFixedDelay(this::runDue, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Queues a run of the connection now, unless one is queued or running.
     *
     * @return whether this call queued a run
     */
    public boolean syncNow(long id) {
        return submit(id, Optional.empty());
    }

    private void runDue() {
        try {
            Instant now = clock.instant();
            for (SyncSettings settings : connections.enabled()) {
                Instant last = lastStarted.get(settings.connectionId());
                if (last == null || !now.isBefore(last.plus(settings.interval()))) {
                    submit(settings.connectionId(), Optional.of(settings.interval()));
                }
            }
        } catch (RuntimeException e) {
            // The next tick tries again; a connection store that fails now must not end the schedule.
            LOG.warn("The sync schedule could not read the connections: {}", e.getMessage());
        }
    }

    /** @param interval the schedule's interval for a scheduled run, empty for a run asked for now */
    private boolean submit(long id, Optional<Duration> interval) {
        if (!queued.add(id)) {
            return false;
        }
        try {
            runners.execute(() -> {
                try {
                    lastStarted.put(id, clock.instant());
                    Optional<ClusterLock.Held> held = lock.tryAcquire("sync:" + id);
                    if (held.isEmpty()) {
                        LOG.debug("The sync of connection {} runs on another node", id);
                        return;
                    }
                    try (ClusterLock.Held running = held.get()) {
                        if (interval.isEmpty() || !lock.spansNodes() || !ranElsewhere(id, interval.get())) {
                            sync.runOnce(id);
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.warn("The sync of connection {} could not run: {}", id, e.getMessage());
                } finally {
                    queued.remove(id);
                }
            });
            return true;
        } catch (RuntimeException e) {
            queued.remove(id); // the pool is shut down
            return false;
        }
    }

    /** Whether another node ended a run well within the interval, so that nothing is due or under way. */
    private boolean ranElsewhere(long id, Duration interval) {
        SyncStatus status = sync.status(id);
        return status.phase() == SyncPhase.IDLE && status.lastError().isEmpty() && status.lastFinished()
                .filter(finished -> finished.isAfter(clock.instant().minus(interval))).isPresent();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        runners.shutdownNow();
        try {
            if (!runners.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A Jira sync was still running when the server stopped; it resumes at its last stored page");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
