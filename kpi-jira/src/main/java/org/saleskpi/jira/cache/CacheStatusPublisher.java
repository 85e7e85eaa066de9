package org.saleskpi.jira.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes this node's cache to the {@link CacheStatusBoard} when a step of the sync ends (a build, each poll, each
 * census, a failure) and, at most once per {@link #GAP}, as progress (before a build reads). Steps end at most once
 * per poll interval (10 s at the least) plus a census every 10 minutes, so a node writes a few small rows a minute,
 * never per query. While a build reads, the poll job still runs and waits, so the build's percent is published at
 * each poll interval. A failed write is logged and never fails the step.
 */
public final class CacheStatusPublisher {
    /** The least time between two publications of one node. */
    public static final Duration GAP = Duration.ofSeconds(5);
    /** A node that has not published for this long and is not alive in the cluster leaves the board. */
    public static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(CacheStatusPublisher.class);

    private final ClusterNodes cluster;
    private final CacheStatusSource cache;
    private final CacheStatusBoard board;
    private final Clock clock;
    private volatile Instant lastPoll;
    private volatile Instant lastCensus;
    /** The last step that failed without the cache recording why (a poll's or a census's search). */
    private volatile String stepError;
    private Instant written;

    public CacheStatusPublisher(ClusterNodes cluster, CacheStatusSource cache, CacheStatusBoard board, Clock clock) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.board = Objects.requireNonNull(board, "board");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** This node's report now, from its cache in memory (what it would publish). */
    public CacheStatusReport report() {
        CacheStatus status = cache.status();
        if (status.lastError().isEmpty() && stepError != null) {
            status = new CacheStatus(status.node(), status.phase(), status.percent(), status.issues(), status.changes(),
                    status.bytes(), status.lastSync(), status.fallbacks(), Optional.of(stepError));
        }
        return new CacheStatusReport(cluster.thisNode(), status, Optional.ofNullable(lastPoll),
                Optional.ofNullable(lastCensus), clock.instant());
    }

    /** Progress, as before a build reads: published unless the last publication is younger than {@link #GAP}. */
    public void progress() {
        publish(false);
    }

    /** After a step that changed nothing this publisher records (a build, a poll that waited or found the cache off). */
    public void stepped() {
        publish(true);
    }

    /** After a poll that read its window or built the cache. */
    public void polled() {
        lastPoll = clock.instant();
        stepError = null;
        publish(true);
    }

    /** After a census that compared the cache's ids with Jira's; also drops the nodes long gone from the board. */
    public void censused() {
        lastCensus = clock.instant();
        stepError = null;
        publish(true);
        forgetNodesGone();
    }

    /** After a step that threw: the admin page shows why until a poll or census succeeds. */
    public void failed(String step, Exception cause) {
        stepError = "The cache's " + step + " failed: " + cause.getMessage();
        publish(true);
    }

    private synchronized void publish(boolean stepEnded) {
        Instant now = clock.instant();
        if (!stepEnded && written != null && now.isBefore(written.plus(GAP)) && !now.isBefore(written)) {
            return;
        }
        try {
            board.publish(report());
            written = now;
        } catch (RuntimeException e) {
            LOG.warn("This node's cache status could not be published for the admin page", e);
        }
    }

    /** Reports older than {@link #FORGET_AFTER} of nodes not alive now (or of any node, when Jira cannot tell). */
    private void forgetNodesGone() {
        try {
            Optional<String> self = cluster.thisNode();
            Optional<Set<String>> live = cluster.liveNodes();
            Instant cutoff = clock.instant().minus(FORGET_AFTER);
            for (CacheStatusBoard.Entry entry : board.read()) {
                boolean alive = entry.node().isPresent() && live.map(ids -> ids.contains(entry.node().get()))
                        .orElse(false);
                boolean old = entry.report().map(report -> report.published().isBefore(cutoff)).orElse(true);
                if (!entry.node().equals(self) && !alive && old) {
                    board.forget(entry.node());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Old cache status reports of nodes gone could not be removed", e);
        }
    }
}
