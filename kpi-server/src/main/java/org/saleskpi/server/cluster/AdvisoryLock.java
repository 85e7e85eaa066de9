package org.saleskpi.server.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterLock} over PostgreSQL's session-level advisory locks ({@code pg_try_advisory_lock(int, int)}): taken
 * on a connection kept for the time it is held, released by {@code pg_advisory_unlock} or by PostgreSQL itself when
 * that connection ends, so a node that dies holding it frees it. The two keys are this app's number and a CRC-32 of
 * the name: two names with the same CRC exclude each other, which costs waiting, never a second holder.
 */
final class AdvisoryLock implements ClusterLock {
    /** "SK": keeps our locks apart from other applications' on the same database. */
    static final int APP = 0x534B;
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLock.class);

    private final DataSource dataSource;

    AdvisoryLock(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<Held> tryAcquire(String name) {
        int key = key(name);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (call(connection, "SELECT pg_try_advisory_lock(?, ?)", key)) {
                Connection held = connection;
                connection = null;
                return Optional.of(new Held() {
                    private boolean released;

                    @Override
                    public synchronized void close() {
                        if (released) {
                            return;
                        }
                        released = true;
                        try (held) {
                            call(held, "SELECT pg_advisory_unlock(?, ?)", key);
                        } catch (SQLException e) {
                            // The connection is gone, and the lock with it.
                            LOG.warn("Releasing the cluster lock {} failed: {}", name, e.getMessage());
                        }
                    }
                });
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the cluster lock " + name, e);
        } finally {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warn("Returning a connection failed: {}", e.getMessage());
                }
            }
        }
    }

    static int key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static boolean call(Connection connection, String sql, int key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, APP);
            statement.setInt(2, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    @Override
    public boolean spansNodes() {
        return true;
    }
}
