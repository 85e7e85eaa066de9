package org.saleskpi.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.server.issues.IssueStore;

/**
 * The Data Center user name and the e-mail address of each person the sync copied, in {@code SK.JIRA_USER_NAME}
 * beside the issues, so that JQL finds them as Jira does: by the user name, which on Data Center differs from the
 * key for users created since Jira 8, and by the address. What Jira stops showing (a hidden address) is kept as last
 * seen; a rename replaces the name.
 */
public final class JiraUserNames {
    private final IssueStore store;

    public JiraUserNames(IssueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Creates the table when missing; safe at every start. */
    public void createSchema() {
        store.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS SK");
                statement.execute("CREATE TABLE IF NOT EXISTS SK.JIRA_USER_NAME ("
                        + " USER_KEY VARCHAR(255) NOT NULL PRIMARY KEY,"
                        + " NAME VARCHAR(255), LOWER_NAME VARCHAR(255),"
                        + " EMAIL VARCHAR(255), LOWER_EMAIL VARCHAR(255))");
                statement.execute("CREATE INDEX IF NOT EXISTS SK_JIRA_USER_NAME_NAME"
                        + " ON SK.JIRA_USER_NAME (LOWER_NAME)");
                statement.execute("CREATE INDEX IF NOT EXISTS SK_JIRA_USER_NAME_EMAIL"
                        + " ON SK.JIRA_USER_NAME (LOWER_EMAIL)");
            }
            return null;
        });
    }

    /** Keeps the name and address Jira gave for the local person {@code userKey}; what it did not give stays. */
    public void record(String userKey, Optional<String> name, Optional<String> email) {
        if (name.isEmpty() && email.isEmpty()) {
            return;
        }
        store.inTransaction(connection -> {
            if (update(connection, userKey, name, email) == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO SK.JIRA_USER_NAME"
                        + " (USER_KEY, NAME, LOWER_NAME, EMAIL, LOWER_EMAIL) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setString(1, userKey);
                    bind(insert, 2, name);
                    bind(insert, 4, email);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The name and address kept for {@code userKey}. */
    public Names of(String userKey) {
        return store.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT NAME, EMAIL FROM SK.JIRA_USER_NAME WHERE USER_KEY = ?")) {
                query.setString(1, userKey);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next()
                            ? new Names(Optional.ofNullable(rows.getString(1)), Optional.ofNullable(rows.getString(2)))
                            : new Names(Optional.empty(), Optional.empty());
                }
            }
        });
    }

    /** The people whose Data Center user name is {@code name}, ignoring case, by key. */
    public List<String> byName(String name) {
        return keys("LOWER_NAME", name);
    }

    /** The people whose e-mail address is {@code email}, ignoring case, by key. */
    public List<String> byEmail(String email) {
        return keys("LOWER_EMAIL", email);
    }

    /** A person's name and address as last given by Jira. */
    public record Names(Optional<String> name, Optional<String> email) {
    }

    private List<String> keys(String column, String value) {
        return store.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT USER_KEY FROM SK.JIRA_USER_NAME WHERE "
                    + column + " = ? ORDER BY USER_KEY")) {
                query.setString(1, lower(value.strip()));
                List<String> keys = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
                return keys;
            }
        });
    }

    private static int update(Connection connection, String userKey, Optional<String> name, Optional<String> email)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE SK.JIRA_USER_NAME SET ");
        if (name.isPresent()) {
            sql.append("NAME = ?, LOWER_NAME = ?");
        }
        if (email.isPresent()) {
            sql.append(name.isPresent() ? ", " : "").append("EMAIL = ?, LOWER_EMAIL = ?");
        }
        try (PreparedStatement update = connection.prepareStatement(sql + " WHERE USER_KEY = ?")) {
            int index = 1;
            for (Optional<String> value : List.of(name, email)) {
                if (value.isPresent()) {
                    bind(update, index, value);
                    index += 2;
                }
            }
            update.setString(index, userKey);
            return update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
            statement.setString(index + 1, lower(value.get()));
        } else {
            statement.setNull(index, Types.VARCHAR);
            statement.setNull(index + 1, Types.VARCHAR);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
