package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.SalesKpiServer;
import org.saleskpi.server.ServerWiring;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.Database;
import org.saleskpi.store.RunFolder;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database: one creates the tables and takes the first
 * start (demo data, first administrator), the other waits for it and starts on what it made, so neither fails on a
 * table the other just created and the demo is there once.
 */
class NodesStartingTogetherTest {
    private static final int DEMO_ISSUES = 300;

    @Test
    void twoNodesStartedAtOnceOnAnEmptyDatabaseBothStartAndTheDemoIsLoadedOnce() throws Exception {
        Path folder = RunFolder.newFolder("nodes-together");
        String url = Database.postgresUrl();
        ServerOptions options = ServerOptions.parse(List.of("--port", "0", "--demo-issues",
                Integer.toString(DEMO_ISSUES))).withDatabase(url, Database.POSTGRES_USER, Database.POSTGRES_PASSWORD);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService starting = Executors.newFixedThreadPool(2);
        List<Future<SalesKpiServer>> nodes = new ArrayList<>();
        List<SalesKpiServer> started = new ArrayList<>();
        try {
            for (String name : List.of("a", "b")) {
                nodes.add(starting.submit(() -> {
                    ServerOptions node = options.withDataDir(folder.resolve("data-" + name));
                    PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
                    together.await();
                    return SalesKpiServer.start(node, Clock.systemDefaultZone(), console);
                }));
            }
            for (Future<SalesKpiServer> node : nodes) {
                started.add(node.get(3, TimeUnit.MINUTES));
            }

            assertThat(started.stream().filter(SalesKpiServer::firstStart)).as("nodes that took the first start")
                    .hasSize(1);
            assertThat(count(url, "SELECT COUNT(*) FROM SK.ISSUE")).isEqualTo(DEMO_ISSUES);
            for (SalesKpiServer node : started) {
                assertThat(node.services().profiles().all()).extracting(profile -> profile.name())
                        .containsExactly(ServerWiring.DEMO_PROFILE);
            }
            assertThat(count(url, "SELECT COUNT(*) FROM " + usersTable(url) + " WHERE \"USERNAME\" = '"
                    + Users.ADMIN + "'")).isEqualTo(1);
            assertThat(count(url, "SELECT SEQ FROM SK.WRITE_SEQ_HEAD")).isPositive();
        } finally {
            for (Future<SalesKpiServer> node : nodes) {
                if (node.isDone() && !node.isCancelled()) {
                    try {
                        node.get().close();
                    } catch (Exception e) {
                        // it did not start; the assertion above says why
                    }
                }
            }
            starting.shutdownNow();
        }
    }

    /** The users' table under its Active Objects name. */
    private static String usersTable(String url) throws Exception {
        try (Connection connection = connect(url); ResultSet tables = connection.getMetaData().getTables(null,
                null, "%USER", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME");
                if (name.startsWith("AO_") && name.endsWith("_USER")) {
                    return "\"" + name + "\"";
                }
            }
        }
        throw new AssertionError("no users' table");
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection connection = connect(url); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, Database.POSTGRES_USER, Database.POSTGRES_PASSWORD);
    }
}
