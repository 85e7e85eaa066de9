package org.saleskpi.server.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.saleskpi.server.database.Transactions;
import org.saleskpi.server.progress.Progress;

/**
 * Where each node following the {@link ChangeSequence} stands, and the pruning of the rows behind them. Every node
 * writes the last write it applied, with the database's time, at each catch-up ({@code SK.WRITE_SEQ_NODE}); the rows
 * of the sequence that every node heard from within the window has applied are deleted, and the highest number
 * deleted is kept ({@code SK.WRITE_SEQ_PRUNED}). A node unheard for longer than the window (stopped by a pause, a
 * broken connection, or killed) no longer holds rows back: if it comes back, it finds the rows it needs pruned
 * ({@link #pruned()} above the last write it applied) and reloads its whole index instead of missing writes.
 *
 * <p>The SQL is PostgreSQL's ({@code ON CONFLICT}, intervals): only nodes on PostgreSQL follow the sequence.
 */
public final class SequenceFollowers {
    /** How long rows are kept for a node not heard from; after it, the node reloads its index when it returns. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final DataSource dataSource;
    private final String node;
    private final Duration window;

    public SequenceFollowers(DataSource dataSource, String node, Duration window) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.node = Objects.requireNonNull(node, "node");
        this.window = Objects.requireNonNull(window, "window");
    }

    public Duration window() {
        return window;
    }

    /**
     * Records this node as following from the sequence's head, read in the same statement, and gives that head. The
     * index is then loaded, so what was written after that head is applied after the load.
     */
    public long join() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("INSERT INTO SK.WRITE_SEQ_NODE (NODE, APPLIED, SEEN)"
                        + " SELECT ?, SEQ, CURRENT_TIMESTAMP FROM SK.WRITE_SEQ_HEAD WHERE ID = 1"
                        + " ON CONFLICT (NODE) DO UPDATE SET APPLIED = EXCLUDED.APPLIED, SEEN = EXCLUDED.SEEN"
                        + " RETURNING APPLIED")) {
            statement.setString(1, node);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("the write sequence has no counter");
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot join the write sequence", e);
        }
    }

    /** Records that this node has applied every write up to {@code applied}, and is alive now. */
    public void applied(long applied) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("INSERT INTO SK.WRITE_SEQ_NODE (NODE, APPLIED, SEEN)"
                        + " VALUES (?, ?, CURRENT_TIMESTAMP)"
                        + " ON CONFLICT (NODE) DO UPDATE SET APPLIED = EXCLUDED.APPLIED, SEEN = EXCLUDED.SEEN")) {
            statement.setString(1, node);
            statement.setLong(2, applied);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record how far this node follows", e);
        }
    }

    /**
     * {@code progress} that also records this node alive, at most once a second, while a long load runs: a load
     * longer than the window must not have the rows it will need pruned.
     */
    public Progress alive(Progress progress, long applied) {
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            progress.report(done, total);
            long now = System.nanoTime();
            if (now - last[0] >= 1_000_000_000L) {
                last[0] = now;
                applied(applied);
            }
        };
    }

    /** This node stops following (a clean stop): it no longer holds rows back. */
    public void leave() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement("DELETE FROM SK.WRITE_SEQ_NODE WHERE NODE = ?")) {
            statement.setString(1, node);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot leave the write sequence", e);
        }
    }

    /**
     * Deletes the rows every node heard from within the window has applied and forgets the nodes unheard for
     * longer; gives the highest write number pruned so far.
     */
    public long prune() {
        try {
            return Transactions.inOne(dataSource, connection -> {
                long pruned;
                // One pruning at a time: the row lock orders them, and the number only grows.
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "SELECT SEQ FROM SK.WRITE_SEQ_PRUNED WHERE ID = 1 FOR UPDATE")) {
                    if (!rows.next()) {
                        throw new SQLException("the write sequence has no pruning mark");
                    }
                    pruned = rows.getLong(1);
                }
                long upTo = pruned;
                try (PreparedStatement statement = connection.prepareStatement("SELECT MIN(APPLIED)"
                        + " FROM SK.WRITE_SEQ_NODE WHERE SEEN >= CURRENT_TIMESTAMP - make_interval(secs => ?)")) {
                    statement.setDouble(1, window.toMillis() / 1000.0);
                    try (ResultSet rows = statement.executeQuery()) {
                        if (rows.next() && rows.getObject(1) != null) {
                            upTo = Math.max(pruned, rows.getLong(1));
                        }
                    }
                }
                if (upTo > pruned) {
                    try (PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM SK.WRITE_SEQ WHERE SEQ > ? AND SEQ <= ?");
                            PreparedStatement mark = connection.prepareStatement(
                                    "UPDATE SK.WRITE_SEQ_PRUNED SET SEQ = ? WHERE ID = 1")) {
                        delete.setLong(1, pruned);
                        delete.setLong(2, upTo);
                        delete.executeUpdate();
                        mark.setLong(1, upTo);
                        mark.executeUpdate();
                    }
                }
                try (PreparedStatement forget = connection.prepareStatement("DELETE FROM SK.WRITE_SEQ_NODE"
                        + " WHERE SEEN < CURRENT_TIMESTAMP - make_interval(secs => ?)")) {
                    forget.setDouble(1, window.toMillis() / 1000.0);
                    forget.executeUpdate();
                }
                return upTo;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prune the write sequence", e);
        }
    }

    /** The highest write number whose rows may be gone: a node that applied less can no longer follow the rows. */
    public long pruned() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_PRUNED WHERE ID = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the write sequence", e);
        }
    }
}
