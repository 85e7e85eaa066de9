package org.saleskpi.server.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.progress.Progress;

/**
 * This server as one node of several on one database. On PostgreSQL every issue write is numbered in the
 * {@link ChangeSequence}, the index follows the other nodes' writes ({@link ClusterFeed}) and {@link #lock()} spans
 * the nodes; on H2, which one server uses alone, writes are not numbered and the lock is local.
 */
public final class ClusterNode implements AutoCloseable {
    private final DataSource dataSource;
    private final boolean postgres;
    private final String id = UUID.randomUUID().toString();
    private final ClusterLock lock;
    private final Duration catchUp;
    private final Duration window;
    private ChangeSequence sequence;
    private ClusterFeed feed;

    public ClusterNode(DataSource dataSource, Duration catchUp) {
        this(dataSource, catchUp, SequenceFollowers.DEFAULT_WINDOW);
    }

    /**
     * @param catchUp how often the node catches up without a notification
     * @param window how long the write sequence keeps rows for a node not heard from ({@link SequenceFollowers})
     */
    public ClusterNode(DataSource dataSource, Duration catchUp, Duration window) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
        this.window = Objects.requireNonNull(window, "window");
        this.postgres = isPostgres(dataSource);
        this.lock = ClusterLock.over(dataSource, postgres);
    }

    /** Whether other nodes may share the database: it is PostgreSQL. */
    public boolean shared() {
        return postgres;
    }

    /** This node's id for this run. */
    public String id() {
        return id;
    }

    public ClusterLock lock() {
        return lock;
    }

    /** The issue store of this node over {@code sink}, numbering its writes when the database is shared. */
    public IssueStore store(IssueSink sink) {
        if (!postgres) {
            return new IssueStore(dataSource, sink);
        }
        sequence = new ChangeSequence(dataSource, id, true);
        sequence.createSchema();
        return new IssueStore(dataSource, sink, sequence);
    }

    /**
     * Loads every stored issue into {@code index}, then, on a shared database, starts following the writes committed
     * from the moment before the load: what another node writes during the load is applied after it.
     */
    public void load(IssueStore store, IssueIndex index, Progress progress) {
        if (sequence == null) {
            store.loadInto(index, progress);
            return;
        }
        // Joining records where this node starts, so the rows it will need are kept while it loads.
        SequenceFollowers followers = new SequenceFollowers(dataSource, id, window);
        long before = followers.join();
        store.loadInto(index, followers.alive(progress, before));
        feed = new ClusterFeed(dataSource, sequence, followers, store, index, before, catchUp);
        feed.start();
    }

    /** The feed following other nodes' writes, when the database is shared and the index loaded. */
    public Optional<ClusterFeed> feed() {
        return Optional.ofNullable(feed);
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
    }

    static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }
}
