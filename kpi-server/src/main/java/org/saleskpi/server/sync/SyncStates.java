package org.saleskpi.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.saleskpi.server.issues.IssueStore;

/**
 * Each connection's {@link SyncState} in {@code SK.SYNC_STATE}, beside the issues: written with every page in the
 * page's own transaction ({@link #checkpoint}), so the state never claims a page the tables do not hold.
 */
final class SyncStates {
    private static final String COLUMNS = "PHASE, PASS_JQL, PAGE_CURSOR, WATERMARK, PASS_NEWEST, ISSUES, PAGES,"
            + " CHANGES, EXPECTED, RUNS, STARTED, FINISHED, LAST_ERROR, RATE";

    private final IssueStore store;

    SyncStates(IssueStore store) {
        this.store = store;
    }

    /** Creates the table when missing; safe at every start. */
    void createSchema() {
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
                statement.execute("CREATE TABLE IF NOT EXISTS SK.SYNC_STATE ("
                        + " CONNECTION_ID BIGINT NOT NULL PRIMARY KEY,"
                        + " PHASE VARCHAR(16) NOT NULL,"
                        + " PASS_JQL VARCHAR,"
                        + " PAGE_CURSOR VARCHAR,"
                        + " WATERMARK TIMESTAMP WITH TIME ZONE,"
                        + " PASS_NEWEST TIMESTAMP WITH TIME ZONE,"
                        + " ISSUES BIGINT NOT NULL,"
                        + " PAGES BIGINT NOT NULL,"
                        + " CHANGES BIGINT NOT NULL,"
                        + " EXPECTED BIGINT,"
                        + " RUNS BIGINT NOT NULL,"
                        + " STARTED TIMESTAMP WITH TIME ZONE,"
                        + " FINISHED TIMESTAMP WITH TIME ZONE,"
                        + " LAST_ERROR VARCHAR,"
                        + " RATE DOUBLE PRECISION NOT NULL)");
            }
            return null;
        });
    }

    /** The connection's state; a fresh one when it never synced. */
    SyncState load(long connectionId) {
        return store.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM SK.SYNC_STATE WHERE CONNECTION_ID = ?")) {
                query.setLong(1, connectionId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return SyncState.fresh(connectionId);
                    }
                    return new SyncState(connectionId, SyncPhase.valueOf(rows.getString(1)),
                            Optional.ofNullable(rows.getString(2)), Optional.ofNullable(rows.getString(3)),
                            instant(rows, 4), instant(rows, 5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                            Optional.ofNullable(rows.getObject(9) == null ? null : rows.getLong(9)), rows.getLong(10),
                            instant(rows, 11), instant(rows, 12), Optional.ofNullable(rows.getString(13)),
                            rows.getDouble(14));
                }
            }
        });
    }

    /** Stores {@code state} on its own. */
    void save(SyncState state) {
        store.inTransaction(connection -> {
            checkpoint(state).run(connection);
            return null;
        });
    }

    /** Forgets a connection's state (the connection was removed). */
    void delete(long connectionId) {
        store.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM SK.SYNC_STATE WHERE CONNECTION_ID = ?")) {
                delete.setLong(1, connectionId);
                return delete.executeUpdate();
            }
        });
    }

    /** Writes {@code state} on the connection and in the transaction it is given: a page's. */
    IssueStore.InTransaction checkpoint(SyncState state) {
        return connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE SK.SYNC_STATE SET PHASE = ?,"
                    + " PASS_JQL = ?, PAGE_CURSOR = ?, WATERMARK = ?, PASS_NEWEST = ?, ISSUES = ?, PAGES = ?,"
                    + " CHANGES = ?, EXPECTED = ?, RUNS = ?, STARTED = ?, FINISHED = ?, LAST_ERROR = ?, RATE = ?"
                    + " WHERE CONNECTION_ID = ?")) {
                bind(update, state);
                update.setLong(15, state.connectionId());
                if (update.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SK.SYNC_STATE (" + COLUMNS
                    + ", CONNECTION_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, state);
                insert.setLong(15, state.connectionId());
                insert.executeUpdate();
            }
        };
    }

    private static void bind(PreparedStatement statement, SyncState state) throws SQLException {
        statement.setString(1, state.phase().name());
        text(statement, 2, state.passJql());
        text(statement, 3, state.cursor());
        instant(statement, 4, state.watermark());
        instant(statement, 5, state.passNewest());
        statement.setLong(6, state.issues());
        statement.setLong(7, state.pages());
        statement.setLong(8, state.changes());
        if (state.expected().isPresent()) {
            statement.setLong(9, state.expected().get());
        } else {
            statement.setNull(9, Types.BIGINT);
        }
        statement.setLong(10, state.runs());
        instant(statement, 11, state.started());
        instant(statement, 12, state.finished());
        text(statement, 13, state.lastError());
        statement.setDouble(14, state.rate());
    }

    private static void text(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    private static void instant(PreparedStatement statement, int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            statement.setObject(index, OffsetDateTime.ofInstant(value.get(), ZoneOffset.UTC));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static Optional<Instant> instant(ResultSet rows, int index) throws SQLException {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
