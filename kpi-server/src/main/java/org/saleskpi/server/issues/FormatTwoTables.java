package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.saleskpi.server.database.Transactions;
import org.saleskpi.store.Netstrings;

/**
 * Data of format 2 or older keeps an issue's labels in {@code SK.ISSUE_LABEL} and its custom field values in
 * {@code SK.FIELD_VALUE}, a row each; from format 3 they are packed into two columns of the issue's own row
 * (ADR 0081). A start moves them there, one table at a time: the copy commits whole, then the table is dropped. A
 * start killed in between finds the table again and copies the same values once more, so nothing is lost either way.
 */
final class FormatTwoTables {
    private static final int BATCH = IssueStore.BATCH;

    private FormatTwoTables() {
    }

    /** Moves the labels and values of older data into the issues' rows; does nothing on data of format 3 or newer. */
    static void moveIntoIssues(DataSource dataSource) throws SQLException {
        if (exists(dataSource, "ISSUE_LABEL")) {
            Transactions.inOne(dataSource, connection -> copy(connection,
                    "SELECT ISSUE_KEY, LABEL FROM SK.ISSUE_LABEL ORDER BY ISSUE_KEY, LABEL", 1, "LABELS"));
            drop(dataSource, "ISSUE_LABEL");
        }
        if (exists(dataSource, "FIELD_VALUE")) {
            Transactions.inOne(dataSource, connection -> copy(connection,
                    "SELECT ISSUE_KEY, FIELD_ID, FIELD_VALUE FROM SK.FIELD_VALUE ORDER BY ISSUE_KEY, FIELD_ID", 2,
                    "FIELD_VALUES"));
            drop(dataSource, "FIELD_VALUE");
        }
    }

    /**
     * Packs the strings after the key of each row {@code query} gives, ordered by key, into column {@code column}
     * of the key's issue; {@code width} strings a row.
     */
    private static Void copy(Connection connection, String query, int width, String column) throws SQLException {
        try (Statement select = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE SK.ISSUE SET " + column + " = ? WHERE ISSUE_KEY = ?")) {
            // Read in pages on PostgreSQL too (its driver pages only inside a transaction with a fetch size).
            select.setFetchSize(BATCH);
            Map<String, Set<List<String>>> byKey = new LinkedHashMap<>();
            try (ResultSet rows = select.executeQuery(query)) {
                while (rows.next()) {
                    String key = rows.getString(1);
                    if (!byKey.containsKey(key) && byKey.size() == BATCH) {
                        write(update, byKey);
                    }
                    List<String> strings = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) {
                        strings.add(rows.getString(2 + i));
                    }
                    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(strings);
                }
            }
            write(update, byKey);
        }
        return null;
    }

    private static void write(PreparedStatement update, Map<String, Set<List<String>>> byKey) throws SQLException {
        for (Map.Entry<String, Set<List<String>>> issue : byKey.entrySet()) {
            List<String> packed = new ArrayList<>();
            issue.getValue().forEach(packed::addAll);
            update.setString(1, Netstrings.pack(packed));
            update.setString(2, issue.getKey());
            update.addBatch();
        }
        update.executeBatch();
        byKey.clear();
    }

    private static boolean exists(DataSource dataSource, String table) throws SQLException {
        // PostgreSQL names unquoted tables in lower case, H2 in upper case.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE UPPER(TABLE_SCHEMA) = 'SK' AND UPPER(TABLE_NAME) = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private static void drop(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS SK." + table);
        }
    }
}
