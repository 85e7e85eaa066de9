package org.saleskpi.server.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Held by a starting node while it creates or upgrades the tables and does the first start's work (demo data, first
 * administrator), so that of nodes started at the same moment on one database one does it and the others wait and
 * then find it done. Creating a table that exists, even with {@code IF NOT EXISTS}, can fail on PostgreSQL when
 * another session creates it at the same moment, and Active Objects' migration has no such guard at all.
 *
 * <p>On PostgreSQL it is the session-level advisory lock {@value #NAME} ({@code pg_advisory_lock(int, int)}, which
 * waits), on a connection kept until {@link #close()}; a node that dies while setting up frees it with its
 * connection. On H2 nothing is taken: the data directory's lock already keeps a second server away.
 */
public final class SetupLock implements AutoCloseable {
    static final String NAME = "setup";
    private static final Logger LOG = LoggerFactory.getLogger(SetupLock.class);

    private Connection held;

    private SetupLock(Connection held) {
        this.held = held;
    }

    /** Takes the lock of the database behind {@code dataSource}, waiting while another node holds it. */
    public static SetupLock take(DataSource dataSource) {
        if (!ClusterNode.isPostgres(dataSource)) {
            return new SetupLock(null);
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!call(connection, "SELECT pg_try_advisory_lock(?, ?)")) {
                LOG.info("Another node is setting up the database; waiting for it");
                // Returns, with no value, once granted.
                call(connection, "SELECT pg_advisory_lock(?, ?)");
            }
            SetupLock lock = new SetupLock(connection);
            connection = null;
            return lock;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the database's set-up lock", e);
        } finally {
            closeQuietly(connection);
        }
    }

    /** Releases the lock (once); the next waiting node goes on. */
    @Override
    public synchronized void close() {
        if (held == null) {
            return;
        }
        try {
            call(held, "SELECT pg_advisory_unlock(?, ?)");
        } catch (SQLException e) {
            // The connection is gone, and the lock with it.
            LOG.warn("Releasing the set-up lock failed: {}", e.getMessage());
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, AdvisoryLock.APP);
            statement.setInt(2, AdvisoryLock.key(NAME));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && "t".equals(rows.getString(1));
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Returning a connection failed: {}", e.getMessage());
            }
        }
    }
}
