package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;
import org.saleskpi.store.Database;
import org.saleskpi.store.RunFolder;

/**
 * PostgreSQL stopped under a running server, then started again: while it is gone, requests are refused at once
 * with a 503 the browser can read (JSON, Retry-After, no stack trace); once it is back, the same server answers
 * again, with the signed-in session still valid and the writes of before the outage kept.
 */
class DatabaseOutageOverHttpTest {

    @Test
    void aServerOutlivesItsDatabaseGoingAwayAndComingBack() throws Exception {
        Path data = RunFolder.root().resolve("embedded-pg-outage");
        deleteFolder(data);
        EmbeddedPostgres postgres = start(data, 0);
        int port = postgres.getPort();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE outage");
        }
        try (RunningServer server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false)
                .withDatabase(postgres.getJdbcUrl("postgres", "outage"), Database.POSTGRES_USER,
                        Database.POSTGRES_PASSWORD), true)) {
            Api api = Api.of(server);
            Client admin = api.admin();
            Answer before = admin.post("/goals", json("project", "ACME", "name", "Before the outage"));
            assertThat(before.status()).as(before.body()).isEqualTo(201);

            postgres.close();
            for (Answer gone : new Answer[] {admin.get("/goals?project=ACME"),
                admin.post("/goals", json("project", "ACME", "name", "During the outage")),
                api.anonymous().post("/session", json("username", "admin", "password", "wrong"))}) {
                assertThat(gone.status()).as(gone.body()).isEqualTo(503);
                assertThat(gone.header("Retry-After")).isPresent();
                assertThat(gone.errorMessages()).singleElement().asString().contains("database");
                assertThat(gone.body()).doesNotContain("Exception", "\tat ");
            }

            postgres = start(data, port);
            Answer after = awaitOk(() -> admin.get("/goals?project=ACME"));
            assertThat(after.body()).contains("Before the outage").doesNotContain("During the outage");
            Answer write = admin.post("/goals", json("project", "ACME", "name", "After the outage"));
            assertThat(write.status()).as(write.body()).isEqualTo(201);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Database.postgresFolder().toFile())
                .setDataDirectory(data)
                // Kept when stopped (zonky deletes a folder it cleaned at start), so the restart finds the data.
                .setCleanDataDirectory(false)
                .setServerConfig("unix_socket_directories", "");
        if (port != 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Answer awaitOk(Supplier<Answer> request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer answer = request.get();
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = request.get();
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }
}
