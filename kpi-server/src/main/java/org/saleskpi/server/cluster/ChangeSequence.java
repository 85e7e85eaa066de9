package org.saleskpi.server.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.saleskpi.server.issues.IssueStore;

/**
 * The numbered record of issue writes that other nodes follow. Each write transaction first locks the one-row
 * counter ({@link #begin}), so issue writes run one at a time across all nodes, as the store's own lock makes them
 * run within one node (a write reads the issue's old values and next change numbers, and two nodes inserting one
 * key would fail). Before it commits it takes the next number and appends {@code (seq, key, op, node)} per issue it
 * stored ({@code U}) or deleted ({@code D}). Writes therefore commit in the order of their numbers: a node that has
 * read every row up to the counter's committed value has missed none. On PostgreSQL the transaction also notifies
 * {@value #CHANNEL}, which PostgreSQL delivers when (and only if) it commits.
 */
public final class ChangeSequence implements IssueStore.Journal {
    /** The LISTEN/NOTIFY channel; the payload is the write's number. */
    public static final String CHANNEL = "saleskpi_issues";
    static final List<String> DDL = List.of(
            "CREATE SCHEMA IF NOT EXISTS SK",
            "CREATE TABLE IF NOT EXISTS SK.WRITE_SEQ_HEAD (ID INT NOT NULL PRIMARY KEY, SEQ BIGINT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS SK.WRITE_SEQ ("
                    + " SEQ BIGINT NOT NULL,"
                    + " ISSUE_KEY VARCHAR(255) NOT NULL,"
                    + " OP CHAR(1) NOT NULL,"
                    + " NODE VARCHAR(36) NOT NULL,"
                    + " PRIMARY KEY (SEQ, ISSUE_KEY))",
            // Where each node stands, and the highest number pruned (SequenceFollowers).
            "CREATE TABLE IF NOT EXISTS SK.WRITE_SEQ_NODE (NODE VARCHAR(36) NOT NULL PRIMARY KEY,"
                    + " APPLIED BIGINT NOT NULL, SEEN TIMESTAMP NOT NULL)",
            "CREATE TABLE IF NOT EXISTS SK.WRITE_SEQ_PRUNED (ID INT NOT NULL PRIMARY KEY, SEQ BIGINT NOT NULL)");
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final String node;
    private final boolean notify;

    /**
     * @param node this node's id, written with its writes so that it skips them when it follows
     * @param notify whether to NOTIFY (PostgreSQL only)
     */
    public ChangeSequence(DataSource dataSource, String node, boolean notify) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.node = Objects.requireNonNull(node, "node");
        this.notify = notify;
    }

    public String node() {
        return node;
    }

    /**
     * Creates the tables, the counter and the pruning mark when missing; run at every start of every node, under the
     * database's {@link SetupLock} so that two nodes starting together do not both create them.
     */
    public void createSchema() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : DDL) {
                statement.execute(sql);
            }
            for (String table : List.of("SK.WRITE_SEQ_HEAD", "SK.WRITE_SEQ_PRUNED")) {
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    if (rows.getInt(1) == 0) {
                        statement.execute("INSERT INTO " + table + " (ID, SEQ) VALUES (1, 0)");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the write sequence", e);
        }
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_HEAD WHERE ID = 1 FOR UPDATE")) {
            if (!rows.next()) {
                throw new SQLException("the write sequence has no counter");
            }
        }
    }

    @Override
    public void written(Connection connection, List<String> stored, List<String> deleted) throws SQLException {
        if (stored.isEmpty() && deleted.isEmpty()) {
            return;
        }
        long seq = next(connection);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO SK.WRITE_SEQ (SEQ, ISSUE_KEY, OP, NODE) VALUES (?, ?, ?, ?)")) {
            int pending = 0;
            for (String key : stored) {
                pending = add(insert, seq, key, "U", pending);
            }
            for (String key : deleted) {
                pending = add(insert, seq, key, "D", pending);
            }
            insert.executeBatch();
        }
        if (notify) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                statement.setString(1, CHANNEL);
                statement.setString(2, Long.toString(seq));
                statement.execute();
            }
        }
    }

    private int add(PreparedStatement insert, long seq, String key, String op, int pending) throws SQLException {
        insert.setLong(1, seq);
        insert.setString(2, key);
        insert.setString(3, op);
        insert.setString(4, node);
        insert.addBatch();
        if (pending + 1 == BATCH) {
            insert.executeBatch();
            return 0;
        }
        return pending + 1;
    }

    /** Takes the next number; the counter's row is locked until the caller's transaction ends. */
    private static long next(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE SK.WRITE_SEQ_HEAD SET SEQ = SEQ + 1 WHERE ID = 1");
            try (ResultSet rows = statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_HEAD WHERE ID = 1")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The number of the last committed write. */
    public long head() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_HEAD WHERE ID = 1")) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the write sequence", e);
        }
    }

    /** The keys other nodes wrote after write {@code after} up to write {@code upTo}, each once. */
    public List<String> othersKeys(long after, long upTo) {
        List<String> keys = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT DISTINCT ISSUE_KEY FROM SK.WRITE_SEQ"
                        + " WHERE SEQ > ? AND SEQ <= ? AND NODE <> ?")) {
            query.setLong(1, after);
            query.setLong(2, upTo);
            query.setString(3, node);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the write sequence", e);
        }
        return keys;
    }
}
