package org.saleskpi.server.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.store.Database;

/**
 * One transaction on a real H2 database: what the work wrote is committed whole when it returns, and nothing of it is
 * left when it throws, which comes out as the very exception it threw; either way the connection goes back to its pool
 * with the auto-commit it was lent with.
 */
class TransactionsTest {
    private DataSource database;
    private OneConnectionPool pool;

    @BeforeEach
    void openDatabase() throws SQLException {
        database = Database.H2_MEMORY.openDataSource();
        execute(database, "CREATE TABLE DEAL (ISSUE_KEY VARCHAR(20) PRIMARY KEY)");
        pool = new OneConnectionPool(database.getConnection());
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        pool.connection.close();
    }

    @ParameterizedTest(name = "lent with auto-commit {0}")
    @ValueSource(booleans = {true, false})
    void workThatReturnsIsCommittedAndSeenFromAnotherConnection(boolean autoCommit) throws SQLException {
        pool.connection.setAutoCommit(autoCommit);

        String result = Transactions.inOne(pool, connection -> {
            insert(connection, "SALES-1");
            insert(connection, "SALES-2");
            return "two deals";
        });

        assertThat(result).isEqualTo("two deals");
        // The pool's connection stays open, so another connection sees the rows only if they were committed.
        assertThat(deals(database)).containsExactly("SALES-1", "SALES-2");
        assertThat(pool.returned).as("connections handed back to the pool").isEqualTo(1);
        assertThat(pool.connection.getAutoCommit()).as("auto-commit of the connection handed back")
                .isEqualTo(autoCommit);
    }

    static Stream<Arguments> failures() {
        return Stream.of(true, false).flatMap(autoCommit -> Stream.of(
                Arguments.of(autoCommit, new SQLException("the disk is full", "HYT00")),
                Arguments.of(autoCommit, new IllegalArgumentException("an amount that is not a number")),
                Arguments.of(autoCommit, new AssertionError("an error, not an exception"))));
    }

    @ParameterizedTest(name = "lent with auto-commit {0}, throwing {1}")
    @MethodSource("failures")
    void workThatThrowsLeavesNothingWrittenAndItsFailureComesOut(boolean autoCommit, Throwable failure)
            throws SQLException {
        pool.connection.setAutoCommit(autoCommit);

        Throwable thrown = catchThrowable(() -> Transactions.inOne(pool, connection -> {
            insert(connection, "SALES-1");
            if (failure instanceof SQLException sqlFailure) {
                throw sqlFailure;
            }
            if (failure instanceof RuntimeException runtimeFailure) {
                throw runtimeFailure;
            }
            throw (Error) failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(deals(database)).as("rows seen from another connection").isEmpty();
        assertThat(deals(pool.connection)).as("rows seen from the pool's connection").isEmpty();
        assertThat(pool.returned).as("connections handed back to the pool").isEqualTo(1);
        assertThat(pool.connection.getAutoCommit()).as("auto-commit of the connection handed back")
                .isEqualTo(autoCommit);
    }

    @ParameterizedTest(name = "lent with auto-commit {0}")
    @ValueSource(booleans = {true, false})
    void aStatementTheDatabaseRefusesUndoesTheWorkBeforeIt(boolean autoCommit) throws SQLException {
        pool.connection.setAutoCommit(autoCommit);
        List<SQLException> refused = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> Transactions.inOne(pool, connection -> {
            insert(connection, "SALES-1");
            try {
                insert(connection, "SALES-1");
            } catch (SQLException e) {
                refused.add(e);
                throw e;
            }
            return null;
        }));

        assertThat(refused).hasSize(1);
        assertThat(thrown).isSameAs(refused.get(0));
        assertThat(((SQLException) thrown).getSQLState()).as("H2's unique violation").isEqualTo("23505");
        assertThat(deals(database)).isEmpty();
        assertThat(pool.connection.getAutoCommit()).isEqualTo(autoCommit);
    }

    private static void insert(Connection connection, String key) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO DEAL (ISSUE_KEY) VALUES ('" + key + "')");
        }
    }

    private static List<String> deals(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return deals(connection);
        }
    }

    private static List<String> deals(Connection connection) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ISSUE_KEY FROM DEAL ORDER BY ISSUE_KEY")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A pool of one real H2 connection that takes it back as it is, as a pool that resets nothing would: HikariCP
     * (the server's) and H2's own pool reset auto-commit on return, which would hide a connection handed back wrong.
     */
    private static final class OneConnectionPool implements DataSource {
        final Connection connection;
        int returned;

        OneConnectionPool(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        if (method.getName().equals("close")) {
                            returned++;
                            return null;
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
