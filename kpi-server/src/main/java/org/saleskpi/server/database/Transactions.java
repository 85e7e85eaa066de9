package org.saleskpi.server.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Work on one connection of a data source in one transaction: committed whole when it returns, rolled back whole when
 * it throws. The connection goes back to the data source with the auto-commit it came with, so a pool that does not
 * reset it (HikariCP does; a plain or other pool may not) hands the next borrower what it expects. A failure comes out
 * as the {@link SQLException} it is: each caller names what could not be written, and maps the SQL states it knows.
 */
public final class Transactions {
    private Transactions() {
    }

    /** A step run inside the transaction, on its connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on a connection of {@code dataSource} and gives what it returns. What it
     * throws is rethrown, the same instance, after the rollback.
     */
    public static <T> T inOne(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } catch (Error e) {
                // Rolled back too: restoring auto-commit below would otherwise commit the part written (JDBC commits
                // a transaction open when auto-commit is switched on).
                rollbackKeeping(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static void rollbackKeeping(Connection connection, Error failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
