package org.saleskpi.server.issues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which stored issue each Jira issue of a connection is, in {@code SK.JIRA_ISSUE}: connection id and Jira issue
 * id to local key. A key belongs to at most one connection; a Jira key change moves the mapping to the new key.
 */
final class JiraIds {
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS SK.JIRA_ISSUE ("
                    + " CONNECTION_ID BIGINT NOT NULL,"
                    + " JIRA_ID VARCHAR(64) NOT NULL,"
                    + " ISSUE_KEY VARCHAR(255) NOT NULL UNIQUE,"
                    + " PRIMARY KEY (CONNECTION_ID, JIRA_ID))");

    private JiraIds() {
    }

    /** The local keys of {@code jiraIds} of the connection that are mapped, by Jira id. */
    static Map<String, String> keysOf(Connection connection, long connectionId, List<String> jiraIds)
            throws SQLException {
        Map<String, String> keys = new HashMap<>();
        if (jiraIds.isEmpty()) {
            return keys;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT JIRA_ID, ISSUE_KEY FROM SK.JIRA_ISSUE"
                + " WHERE CONNECTION_ID = ? AND JIRA_ID IN (" + IssueChanges.marks(jiraIds.size()) + ")")) {
            query.setLong(1, connectionId);
            for (int i = 0; i < jiraIds.size(); i++) {
                query.setString(i + 2, jiraIds.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return keys;
    }

    /** Who holds each of {@code keys} that some connection holds: key to "connection id/Jira id". */
    static Map<String, Owner> owners(Connection connection, List<String> keys) throws SQLException {
        Map<String, Owner> owners = new HashMap<>();
        if (keys.isEmpty()) {
            return owners;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT ISSUE_KEY, CONNECTION_ID, JIRA_ID"
                + " FROM SK.JIRA_ISSUE WHERE ISSUE_KEY IN (" + IssueChanges.marks(keys.size()) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                query.setString(i + 1, keys.get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(rows.getString(1), new Owner(rows.getLong(2), rows.getString(3)));
                }
            }
        }
        return owners;
    }

    /** Every Jira id of the connection with its local key. */
    static Map<String, String> all(Connection connection, long connectionId) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT JIRA_ID, ISSUE_KEY FROM SK.JIRA_ISSUE WHERE CONNECTION_ID = ?")) {
            query.setLong(1, connectionId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return keys;
    }

    /** Maps the new pairs; a pair already mapped is left as it is. */
    static void add(Connection connection, long connectionId, Map<String, String> keysByJiraId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO SK.JIRA_ISSUE (CONNECTION_ID, JIRA_ID, ISSUE_KEY) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> pair : keysByJiraId.entrySet()) {
                insert.setLong(1, connectionId);
                insert.setString(2, pair.getKey());
                insert.setString(3, pair.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The connection and Jira id a local key is copied from. */
    record Owner(long connectionId, String jiraId) {
    }
}
