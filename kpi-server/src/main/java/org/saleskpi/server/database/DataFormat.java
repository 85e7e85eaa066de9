package org.saleskpi.server.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The version of the server's own tables (schema SK, which Active Objects' model version does not cover): recorded
 * in {@code SK.DATA_FORMAT} once a start has brought them up to date. A release opens data of its own format or an
 * older one (its start adds what is missing) and refuses data a newer release wrote, before it writes anything:
 * an older server would write rows the newer one no longer reads the same way.
 *
 * <p>Raise {@link #CURRENT} with every change to the SK tables, and say what it added below.
 */
public final class DataFormat {
    /**
     * 1: every release before this record (none stored). 2: import jobs keep the key of their error's text
     * ({@code SK.IMPORT_JOB.ERROR_KEY}). 3: an issue's labels and custom field values are in its own row
     * ({@code SK.ISSUE.LABELS}, {@code FIELD_VALUES}; {@code SK.ISSUE_LABEL} and {@code SK.FIELD_VALUE} moved there and
     * dropped, ADR 0081).
     */
    public static final int CURRENT = 3;

    private DataFormat() {
    }

    /**
     * Refuses data of a newer format, naming the database.
     *
     * @throws NewerData when a newer release wrote it
     */
    public static void refuseNewer(DataSource dataSource, String database) {
        int stored = stored(dataSource);
        if (stored > CURRENT) {
            throw new NewerData(database, stored);
        }
    }

    /** The format stored, 1 when none is (a release before the record, or an empty database). */
    public static int stored(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return stored(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data format of the database", e);
        }
    }

    /** {@link #stored(DataSource)} on a connection the caller holds. */
    public static int stored(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return 1;
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT FORMAT FROM SK.DATA_FORMAT WHERE ID = 1")) {
            return row.next() ? row.getInt(1) : 1;
        }
    }

    /** Records that the tables are now of {@link #CURRENT}; never lowers a newer one. */
    public static void record(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
            statement.execute("CREATE TABLE IF NOT EXISTS SK.DATA_FORMAT (ID INT NOT NULL PRIMARY KEY,"
                    + " FORMAT INT NOT NULL)");
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE SK.DATA_FORMAT SET FORMAT = ? WHERE ID = 1 AND FORMAT < ?")) {
                update.setInt(1, CURRENT);
                update.setInt(2, CURRENT);
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SK.DATA_FORMAT (ID, FORMAT)"
                    + " SELECT 1, ? WHERE NOT EXISTS (SELECT 1 FROM SK.DATA_FORMAT WHERE ID = 1)")) {
                insert.setInt(1, CURRENT);
                insert.executeUpdate();
            } catch (SQLException e) {
                // Another node inserted the row at the same moment: it records the same format.
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the data format of the database", e);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        for (String table : new String[] {"DATA_FORMAT", "data_format"}) {
            for (String schema : new String[] {"SK", "sk"}) {
                try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Data written by a newer release. */
    public static final class NewerData extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NewerData(String database, int stored) {
            super("the data in " + database + " was written by a newer release of Sales KPI (data format " + stored
                    + "; this release reads up to " + CURRENT + "). Start that release or a later one, or restore a"
                    + " backup made with this one.");
        }
    }
}
