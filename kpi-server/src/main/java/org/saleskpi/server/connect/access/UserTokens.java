package org.saleskpi.server.connect.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.database.Transactions;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraKind;

/**
 * The Jira tokens local users linked to per-user connections, in {@code SK.JIRA_USER_TOKEN} (plain JDBC like the
 * connection table it hangs off: deleting a connection deletes its users' tokens). Each token is sealed by the
 * {@link SecretBox} for its connection and user, so a value copied into another user's row does not open; none is
 * ever handed out but as credentials for the one search that needs them.
 */
public final class UserTokens {
    private final DataSource dataSource;
    private final SecretBox secrets;
    private final Clock clock;

    public UserTokens(DataSource dataSource, SecretBox secrets, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Creates the table when missing, after the connection table; safe at every start. */
    public void createSchema() {
        String ddl = "CREATE TABLE IF NOT EXISTS SK.JIRA_USER_TOKEN ("
                + " CONNECTION_ID BIGINT NOT NULL REFERENCES SK.JIRA_CONNECTION (ID) ON DELETE CASCADE,"
                + " USER_KEY VARCHAR(255) NOT NULL,"
                + " EMAIL VARCHAR(255),"
                + " TOKEN VARCHAR NOT NULL,"
                + " LINKED TIMESTAMP WITH TIME ZONE NOT NULL,"
                + " PRIMARY KEY (CONNECTION_ID, USER_KEY))";
        try (Connection sql = dataSource.getConnection(); Statement statement = sql.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the Jira user token table", e);
        }
    }

    /** Links {@code token} (with the Cloud account's {@code email}) for the user, replacing what they linked before. */
    public LinkedToken link(long connectionId, String userKey, Optional<String> email, String token) {
        Objects.requireNonNull(token, "token");
        Instant now = clock.instant();
        try {
            Transactions.inOne(dataSource, sql -> {
                // Delete and insert rather than a MERGE: one statement pair that H2 and PostgreSQL read alike.
                delete(sql, connectionId, userKey);
                try (PreparedStatement insert = sql.prepareStatement("INSERT INTO SK.JIRA_USER_TOKEN"
                        + " (CONNECTION_ID, USER_KEY, EMAIL, TOKEN, LINKED) VALUES (?, ?, ?, ?, ?)")) {
                    insert.setLong(1, connectionId);
                    insert.setString(2, userKey);
                    if (email.isPresent()) {
                        insert.setString(3, email.get());
                    } else {
                        insert.setNull(3, Types.VARCHAR);
                    }
                    insert.setString(4, secrets.seal(token, purpose(connectionId, userKey)));
                    insert.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                    return insert.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot link the Jira token of a user to connection " + connectionId
                    + "; nothing was written", e);
        }
        return new LinkedToken(email, now);
    }

    /** What the user linked to the connection, without the token; empty when nothing. */
    public Optional<LinkedToken> linked(long connectionId, String userKey) {
        return read(connectionId, userKey, false).map(Row::linked);
    }

    /**
     * The user's credentials for the connection's site of {@code kind}: Basic e-mail plus API token on Cloud, Bearer
     * on Data Center. Empty when nothing is linked (or a Cloud token without its e-mail address).
     *
     * @throws SecretBox.UnreadableSecretException when the sealed token was changed or the key is another
     */
    Optional<JiraCredentials> credentials(long connectionId, String userKey, JiraKind kind) {
        return read(connectionId, userKey, true).flatMap(row -> switch (kind) {
            case CLOUD -> row.linked().email().map(email -> new JiraCredentials.Basic(email, row.token()));
            case DATA_CENTER -> Optional.of(new JiraCredentials.Bearer(row.token()));
        });
    }

    /** Removes the user's token; false when there was none. */
    public boolean unlink(long connectionId, String userKey) {
        try (Connection sql = dataSource.getConnection()) {
            return delete(sql, connectionId, userKey) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot remove the Jira token of a user of connection " + connectionId, e);
        }
    }

    /** What a user's token is sealed for: their row alone. */
    static String purpose(long connectionId, String userKey) {
        return "connection " + connectionId + " user " + userKey;
    }

    private static int delete(Connection sql, long connectionId, String userKey) throws SQLException {
        try (PreparedStatement delete = sql.prepareStatement(
                "DELETE FROM SK.JIRA_USER_TOKEN WHERE CONNECTION_ID = ? AND USER_KEY = ?")) {
            delete.setLong(1, connectionId);
            delete.setString(2, userKey);
            return delete.executeUpdate();
        }
    }

    private Optional<Row> read(long connectionId, String userKey, boolean unseal) {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement query = sql.prepareStatement("SELECT EMAIL, TOKEN, LINKED FROM SK.JIRA_USER_TOKEN"
                        + " WHERE CONNECTION_ID = ? AND USER_KEY = ?")) {
            query.setLong(1, connectionId);
            query.setString(2, userKey);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                LinkedToken linked = new LinkedToken(Optional.ofNullable(rows.getString(1)),
                        rows.getObject(3, OffsetDateTime.class).toInstant());
                String token = unseal ? secrets.unseal(rows.getString(2), purpose(connectionId, userKey)) : null;
                return Optional.of(new Row(linked, token));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the Jira token of a user of connection " + connectionId, e);
        }
    }

    /** A stored row; the token is held only for the moment credentials are made from it. */
    private record Row(LinkedToken linked, String token) {
        @Override
        public String toString() {
            return "Row[" + linked + ", token=***]";
        }
    }

    /** That a user linked a token, and when: never the token. */
    public record LinkedToken(Optional<String> email, Instant linked) {
        public LinkedToken {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(linked, "linked");
        }
    }
}
