package org.saleskpi.server.connect.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.server.connect.ConnectionStore;
import org.saleskpi.server.connect.ConnectionSync;
import org.saleskpi.server.connect.JiraConnection;
import org.saleskpi.server.connect.PermissionMode;
import org.saleskpi.server.connect.SecretBox;
import org.saleskpi.server.jira.JiraKind;
import org.saleskpi.store.Database;

/**
 * Which connections are per user is asked at every gadget request: it is read from the database once, again after
 * each connection write of this server, and at the latest after the freshness limit for another node's write.
 */
class StoredPerUserConnectionsTest {
    private static final SecretBox BOX = SecretBox.load(Path.of("target"),
            Map.of(SecretBox.KEY_VARIABLE, "q83vEjRWeJASNFZ4kKvN7wEjRWeJq83vEjRWeJASNFY="));

    @ParameterizedTest
    @EnumSource(Database.class)
    void theModesAreReadOnceAndAgainAfterEachWriteOfThisServer(Database database) {
        DataSource dataSource = database.openDataSource();
        AtomicInteger opened = new AtomicInteger();
        HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
        ConnectionStore store = new ConnectionStore(counting(dataSource, opened), BOX, clock);
        store.createSchema();
        JiraConnection shared = store.create(connection("Shared", PermissionMode.PROJECT_MAPPING), "token-1");
        JiraConnection own = store.create(connection("Own", PermissionMode.PER_USER), "token-2");
        StoredPerUserConnections perUser = new StoredPerUserConnections(store, null, clock);

        assertThat(perUser.perUser()).containsExactly(own.id());
        int afterFirst = opened.get();
        for (int request = 0; request < 50; request++) {
            assertThat(perUser.perUser()).containsExactly(own.id());
        }
        assertThat(opened.get()).as("database connections opened by 50 more requests").isEqualTo(afterFirst);

        store.update(withMode(shared, PermissionMode.PER_USER), Optional.empty());
        assertThat(perUser.perUser()).containsExactlyInAnyOrder(shared.id(), own.id());
        store.delete(own.id());
        assertThat(perUser.perUser()).containsExactly(shared.id());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aChangeAnotherNodeMadeCountsOnceTheKeptAnswerIsOlderThanTheLimit(Database database) {
        DataSource dataSource = database.openDataSource();
        HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
        ConnectionStore here = new ConnectionStore(dataSource, BOX, clock);
        here.createSchema();
        ConnectionStore otherNode = new ConnectionStore(dataSource, BOX, clock);
        JiraConnection shared = here.create(connection("Shared", PermissionMode.PROJECT_MAPPING), "token-1");
        StoredPerUserConnections perUser = new StoredPerUserConnections(here, null, clock, Duration.ofSeconds(5));
        assertThat(perUser.perUser()).isEmpty();

        otherNode.update(withMode(shared, PermissionMode.PER_USER), Optional.empty());
        clock.advance(Duration.ofSeconds(4));
        assertThat(perUser.perUser()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(perUser.perUser()).isEqualTo(Set.of(shared.id()));
    }

    private static JiraConnection connection(String name, PermissionMode mode) {
        return new JiraConnection(0, name, URI.create("https://" + name.toLowerCase() + ".atlassian.net"),
                JiraKind.CLOUD, true, JiraKind.CLOUD, "1001.0.0-SNAPSHOT", Optional.of("sync@acme.example"),
                new ConnectionSync(Optional.empty(), List.of(), 5, 5, true, mode), Instant.EPOCH, Instant.EPOCH);
    }

    private static JiraConnection withMode(JiraConnection c, PermissionMode mode) {
        ConnectionSync sync = c.sync();
        return new JiraConnection(c.id(), c.name(), c.url(), c.kind(), c.kindConfirmed(), c.detectedKind(),
                c.serverVersion(), c.email(), new ConnectionSync(sync.jql(), sync.fieldNames(),
                        sync.intervalMinutes(), sync.lookBackMinutes(), sync.enabled(), mode), c.created(),
                c.updated());
    }

    /** The data source, counting the connections taken from it. */
    private static DataSource counting(DataSource dataSource, AtomicInteger opened) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        opened.incrementAndGet();
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
