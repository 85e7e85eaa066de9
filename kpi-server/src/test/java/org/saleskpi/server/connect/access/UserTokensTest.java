package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionSync;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraCredentials;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

class UserTokensTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:30:00Z");
    private static final SecretBox BOX = SecretBox.load(Path.of("target"),
            Map.of(SecretBox.KEY_VARIABLE, "q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY="));
    private static final String ANN_TOKEN = "ATATT3xFfGF0-ann-own-cloud-token";
    private static final String BEN_TOKEN = "ATATT3xFfGF0-ben-own-cloud-token";

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLinkedTokenIsStoredSealedAndGivenOutOnlyAsCredentials(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        UserTokens tokens = tokens(dataSource);
        long cloud = connection(dataSource, "Cloud", JiraKind.CLOUD);

        UserTokens.LinkedToken linked = tokens.link(cloud, "ann", Optional.of("ann@example.com"), ANN_TOKEN);

        assertThat(linked).isEqualTo(new UserTokens.LinkedToken(Optional.of("ann@example.com"), NOW));
        assertThat(tokens(dataSource).linked(cloud, "ann")).contains(linked);
        assertThat(tokens.linked(cloud, "ben")).isEmpty();
        assertThat(tokens.credentials(cloud, "ann", JiraKind.CLOUD))
                .contains(new JiraCredentials.Basic("ann@example.com", ANN_TOKEN));
        assertThat(tokens.credentials(cloud, "ann", JiraKind.DATA_CENTER))
                .contains(new JiraCredentials.Bearer(ANN_TOKEN));
        assertThat(raw(dataSource, cloud, "ann")).isNotBlank().doesNotContain(ANN_TOKEN);
        assertThat(linked.toString()).doesNotContain(ANN_TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void linkingAgainReplacesAndUnlinkingRemovesOnlyThatUsersToken(Database database) {
        DataSource dataSource = database.openDataSource();
        UserTokens tokens = tokens(dataSource);
        long dc = connection(dataSource, "DC", JiraKind.DATA_CENTER);
        tokens.link(dc, "ann", Optional.empty(), ANN_TOKEN);
        tokens.link(dc, "ben", Optional.empty(), BEN_TOKEN);

        tokens.link(dc, "ann", Optional.empty(), "replaced-pat");

        assertThat(tokens.credentials(dc, "ann", JiraKind.DATA_CENTER)).contains(new JiraCredentials.Bearer("replaced-pat"));
        assertThat(tokens.unlink(dc, "ann")).isTrue();
        assertThat(tokens.unlink(dc, "ann")).isFalse();
        assertThat(tokens.linked(dc, "ann")).isEmpty();
        assertThat(tokens.credentials(dc, "ben", JiraKind.DATA_CENTER)).contains(new JiraCredentials.Bearer(BEN_TOKEN));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTokenCopiedIntoAnotherUsersRowDoesNotOpen(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        UserTokens tokens = tokens(dataSource);
        long dc = connection(dataSource, "DC", JiraKind.DATA_CENTER);
        tokens.link(dc, "ann", Optional.empty(), ANN_TOKEN);
        tokens.link(dc, "ben", Optional.empty(), BEN_TOKEN);

        try (Connection sql = dataSource.getConnection();
                PreparedStatement copy = sql.prepareStatement(
                        "UPDATE SK.JIRA_USER_TOKEN SET TOKEN = ? WHERE CONNECTION_ID = ? AND USER_KEY = 'ben'")) {
            copy.setString(1, raw(dataSource, dc, "ann"));
            copy.setLong(2, dc);
            copy.executeUpdate();
        }

        assertThatThrownBy(() -> tokens.credentials(dc, "ben", JiraKind.DATA_CENTER))
                .isInstanceOf(SecretBox.UnreadableSecretException.class).hasMessageNotContaining(ANN_TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aCloudTokenWithoutItsEmailGivesNoCredentials(Database database) {
        DataSource dataSource = database.openDataSource();
        UserTokens tokens = tokens(dataSource);
        long cloud = connection(dataSource, "Cloud", JiraKind.CLOUD);
        tokens.link(cloud, "ann", Optional.empty(), ANN_TOKEN);

        assertThat(tokens.credentials(cloud, "ann", JiraKind.CLOUD)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingTheConnectionDeletesItsUsersTokens(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        UserTokens tokens = tokens(dataSource);
        ConnectionStore connections = new ConnectionStore(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC));
        long gone = connection(dataSource, "Gone", JiraKind.DATA_CENTER);
        long kept = connection(dataSource, "Kept", JiraKind.DATA_CENTER);
        tokens.link(gone, "ann", Optional.empty(), ANN_TOKEN);
        tokens.link(kept, "ann", Optional.empty(), ANN_TOKEN);

        assertThat(connections.delete(gone)).isTrue();

        assertThat(tokens.linked(gone, "ann")).isEmpty();
        assertThat(rows(dataSource)).isEqualTo(1);
        assertThat(tokens.linked(kept, "ann")).isPresent();
    }

    private static UserTokens tokens(DataSource dataSource) {
        new ConnectionStore(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC)).createSchema();
        UserTokens tokens = new UserTokens(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.createSchema();
        return tokens;
    }

    private static long connection(DataSource dataSource, String name, JiraKind kind) {
        ConnectionStore store = new ConnectionStore(dataSource, BOX, Clock.fixed(NOW, ZoneOffset.UTC));
        return store.create(new JiraConnection(0, name, URI.create("https://" + name.toLowerCase() + ".example.com"),
                kind, true, kind, "10.3.0", kind == JiraKind.CLOUD ? Optional.of("sync@example.com") : Optional.empty(),
                ConnectionSync.defaults(), NOW, NOW), "admin-token").id();
    }

    private static String raw(DataSource dataSource, long connectionId, String userKey) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement query = sql.prepareStatement(
                        "SELECT TOKEN FROM SK.JIRA_USER_TOKEN WHERE CONNECTION_ID = ? AND USER_KEY = ?")) {
            query.setLong(1, connectionId);
            query.setString(2, userKey);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static int rows(DataSource dataSource) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                ResultSet rows = sql.createStatement().executeQuery("SELECT COUNT(*) FROM SK.JIRA_USER_TOKEN")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
