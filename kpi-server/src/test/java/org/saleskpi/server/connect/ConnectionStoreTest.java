package org.saleskpi.server.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

class ConnectionStoreTest {
    private static final Instant NOW = Instant.parse("2026-12-05T09:30:00Z");
    private static final SecretBox BOX = SecretBox.ofKey(Base64.getDecoder()
            .decode("q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY="));
    private static final String CLOUD_TOKEN = "ATATT3xFfGF0-cloud-token-of-the-sync-user";
    private static final String DC_TOKEN = "NjY2MzA0NDE2Nzc4OnBhdC1vZi10aGUtc3luYy11c2Vy";

    @ParameterizedTest
    @EnumSource(Database.class)
    void aConnectionIsStoredAndReadBackWithItsTokenSealed(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        ConnectionStore store = store(dataSource, NOW);

        JiraConnection cloud = store.create(cloud("Acme Cloud"), CLOUD_TOKEN);
        JiraConnection dc = store.create(dataCenter("Acme DC"), DC_TOKEN);

        assertThat(cloud.id()).isPositive();
        assertThat(dc.id()).isNotEqualTo(cloud.id());
        assertThat(cloud).isEqualTo(withId(cloud("Acme Cloud"), cloud.id(), NOW, NOW));
        // A second store on the same database, as after a restart.
        ConnectionStore restarted = store(dataSource, NOW);
        assertThat(restarted.list()).containsExactly(cloud, dc);
        assertThat(restarted.get(dc.id())).contains(dc);
        assertThat(restarted.token(cloud.id())).isEqualTo(CLOUD_TOKEN);
        assertThat(restarted.token(dc.id())).isEqualTo(DC_TOKEN);
        assertThat(rawToken(dataSource, cloud.id())).isNotBlank().doesNotContain(CLOUD_TOKEN)
                .isNotEqualTo(Base64.getEncoder().encodeToString(CLOUD_TOKEN.getBytes()));
        assertThat(store.get(999_999)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTokenCopiedIntoAnotherRowDoesNotOpen(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        ConnectionStore store = store(dataSource, NOW);
        JiraConnection first = store.create(cloud("First"), CLOUD_TOKEN);
        JiraConnection second = store.create(dataCenter("Second"), DC_TOKEN);

        try (Connection sql = dataSource.getConnection();
                PreparedStatement copy = sql.prepareStatement("UPDATE SK.JIRA_CONNECTION SET TOKEN = ? WHERE ID = ?")) {
            copy.setString(1, rawToken(dataSource, first.id()));
            copy.setLong(2, second.id());
            copy.executeUpdate();
        }

        assertThatThrownBy(() -> store.token(second.id())).isInstanceOf(SecretBox.UnreadableSecretException.class)
                .hasMessageNotContaining(CLOUD_TOKEN).hasMessageNotContaining(DC_TOKEN);
        assertThat(store.token(first.id())).isEqualTo(CLOUD_TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateReplacesTheSettingsAndTheTokenOnlyWhenANewOneIsGiven(Database database) {
        DataSource dataSource = database.openDataSource();
        JiraConnection created = store(dataSource, NOW).create(cloud("Acme"), CLOUD_TOKEN);
        Instant later = NOW.plusSeconds(600);
        ConnectionStore store = store(dataSource, later);
        ConnectionSync sync = new ConnectionSync(Optional.of("project = DEAL"), List.of("Amount", "Close date"), 15, 10,
                true, PermissionMode.PER_USER);
        JiraConnection confirmed = new JiraConnection(created.id(), "Acme sales", created.url(), JiraKind.CLOUD, true,
                JiraKind.CLOUD, "1001.0.0-SNAPSHOT", Optional.of("sync@acme.example"), sync, created.created(), later);

        assertThat(store.update(confirmed, Optional.empty())).contains(confirmed);
        assertThat(store.token(created.id())).isEqualTo(CLOUD_TOKEN);
        assertThat(store.update(confirmed, Optional.of("a-new-token"))).contains(confirmed);
        assertThat(store.token(created.id())).isEqualTo("a-new-token");
        assertThat(store.get(created.id()).orElseThrow().created()).isEqualTo(NOW);
        assertThat(store.update(withId(confirmed, 424_242, NOW, NOW), Optional.of("x"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void namesAreUniqueAndARefusedWriteChangesNothing(Database database) {
        ConnectionStore store = store(database.openDataSource(), NOW);
        JiraConnection acme = store.create(cloud("Acme"), CLOUD_TOKEN);
        JiraConnection other = store.create(dataCenter("Other"), DC_TOKEN);

        assertThatThrownBy(() -> store.create(dataCenter("Acme"), DC_TOKEN))
                .isInstanceOf(ConnectionStore.NameTakenException.class)
                .hasMessage("A connection named 'Acme' exists already.");
        JiraConnection renamed = withId(dataCenter("Acme"), other.id(), other.created(), other.updated());
        assertThatThrownBy(() -> store.update(renamed, Optional.of("lost-token")))
                .isInstanceOf(ConnectionStore.NameTakenException.class);

        assertThat(store.list()).containsExactly(acme, other);
        assertThat(store.token(other.id())).isEqualTo(DC_TOKEN);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aDeletedConnectionIsGoneWithItsToken(Database database) throws SQLException {
        DataSource dataSource = database.openDataSource();
        ConnectionStore store = store(dataSource, NOW);
        JiraConnection acme = store.create(cloud("Acme"), CLOUD_TOKEN);
        JiraConnection kept = store.create(dataCenter("Kept"), DC_TOKEN);

        assertThat(store.delete(acme.id())).isTrue();
        assertThat(store.delete(acme.id())).isFalse();

        assertThat(store.list()).containsExactly(kept);
        try (Connection sql = dataSource.getConnection();
                ResultSet rows = sql.createStatement().executeQuery("SELECT COUNT(*) FROM SK.JIRA_CONNECTION")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
    }

    private static ConnectionStore store(DataSource dataSource, Instant now) {
        ConnectionStore store = new ConnectionStore(dataSource, BOX, Clock.fixed(now, ZoneOffset.UTC));
        store.createSchema();
        return store;
    }

    static JiraConnection cloud(String name) {
        return new JiraConnection(0, name, URI.create("https://acme.atlassian.net"), JiraKind.CLOUD, false,
                JiraKind.CLOUD, "1001.0.0-SNAPSHOT", Optional.of("sync@acme.example"), ConnectionSync.defaults(),
                Instant.EPOCH, Instant.EPOCH);
    }

    static JiraConnection dataCenter(String name) {
        return new JiraConnection(0, name, URI.create("https://jira.acme.example/jira"), JiraKind.DATA_CENTER, true,
                JiraKind.DATA_CENTER, "10.3.4", Optional.empty(), new ConnectionSync(Optional.empty(), List.of(), 60,
                        0, true, PermissionMode.PROJECT_MAPPING), Instant.EPOCH, Instant.EPOCH);
    }

    private static JiraConnection withId(JiraConnection c, long id, Instant created, Instant updated) {
        return new JiraConnection(id, c.name(), c.url(), c.kind(), c.kindConfirmed(), c.detectedKind(),
                c.serverVersion(), c.email(), c.sync(), created, updated);
    }

    private static String rawToken(DataSource dataSource, long id) throws SQLException {
        try (Connection sql = dataSource.getConnection();
                PreparedStatement query = sql.prepareStatement("SELECT TOKEN FROM SK.JIRA_CONNECTION WHERE ID = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
