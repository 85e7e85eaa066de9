package org.saleskpi.server.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.progress.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's index in step with the writes of the other nodes. A thread LISTENs on {@link ChangeSequence#CHANNEL}
 * over a connection of its own and, after each notification and at least every {@code catchUp} (default one second)
 * without one, reads the keys other nodes wrote since the last write it applied and has the store read them again.
 * A lost notification, or a connection that broke, therefore delays a write by one period at most; it never loses
 * it. Keys are re-read as they stand when read, so applying a write twice, or late, leaves the same index.
 * After each catch-up it records how far it got and prunes what every node has applied ({@link SequenceFollowers});
 * when the rows it needs were pruned meanwhile (it was not heard from for longer than the window), it reads its whole
 * index again instead.
 */
public final class ClusterFeed implements AutoCloseable {
    public static final Duration DEFAULT_CATCH_UP = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterFeed.class);
    /** Keys re-read per store call: the store's write lock is held for one chunk at a time. */
    private static final int CHUNK = 1000;

    private final DataSource dataSource;
    private final ChangeSequence sequence;
    private final SequenceFollowers followers;
    private final IssueStore store;
    private final IssueIndex index;
    private final Duration catchUp;
    private final AtomicLong applied;
    private final Thread thread;
    private volatile boolean closed;
    private volatile int wholeReloads;

    /**
     * @param store the store over {@code index}
     * @param from the last write the index holds: the sequence's head read before the index was loaded
     */
    public ClusterFeed(DataSource dataSource, ChangeSequence sequence, SequenceFollowers followers, IssueStore store,
            IssueIndex index, long from, Duration catchUp) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sequence = Objects.requireNonNull(sequence, "sequence");
        this.followers = Objects.requireNonNull(followers, "followers");
        this.store = Objects.requireNonNull(store, "store");
        this.index = Objects.requireNonNull(index, "index");
        this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
        this.applied = new AtomicLong(from);
        this.thread = new Thread(this::follow, "saleskpi-cluster-feed");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** The last write of the sequence this node's index holds. */
    public long applied() {
        return applied.get();
    }

    /** How many times this node read its whole index again because the rows it needed were pruned. */
    public int wholeReloads() {
        return wholeReloads;
    }

    /**
     * Applies every write committed so far that this node has not applied, records how far it got and prunes the
     * sequence; gives the new last write applied.
     */
    public synchronized long catchUp() {
        long head = sequence.head();
        long from = applied.get();
        if (head > from) {
            List<String> keys = sequence.othersKeys(from, head);
            // Read after the keys: a pruning that deleted some of them before they were read shows here.
            if (followers.pruned() > from) {
                LOG.warn("This node fell behind the other nodes' writes by more than the sequence keeps; reading"
                        + " every issue again");
                store.reloadAll(heldKeys(), followers.alive(Progress.NONE, from));
                wholeReloads++;
            } else {
                for (int i = 0; i < keys.size(); i += CHUNK) {
                    store.reload(keys.subList(i, Math.min(keys.size(), i + CHUNK)));
                }
            }
            applied.set(head);
        }
        followers.applied(applied.get());
        followers.prune();
        return applied.get();
    }

    private List<String> heldKeys() {
        return index.read(columns -> {
            List<String> keys = new ArrayList<>(columns.rows());
            for (int row = 0; row < columns.rows(); row++) {
                keys.add(columns.key(row));
            }
            return keys;
        });
    }

    private void follow() {
        while (!closed) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection listener = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeSequence.CHANNEL);
                }
                // Writes committed before LISTEN took effect are found here, not by a notification.
                catchUp();
                while (!closed) {
                    // Returns on a notification or after the timeout; both end in a catch-up.
                    listener.getNotifications((int) catchUp.toMillis());
                    catchUp();
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Following the other nodes' writes failed, trying again: {}", e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(catchUp.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops following; the node no longer holds the sequence's rows back. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            followers.leave();
        } catch (RuntimeException e) {
            LOG.warn("Leaving the write sequence failed; the other nodes forget this one after {}: {}",
                    followers.window(), e.getMessage());
        }
    }
}
