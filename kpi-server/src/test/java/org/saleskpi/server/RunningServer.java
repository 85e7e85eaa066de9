package org.saleskpi.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.host.WebServer;

/**
 * The real standalone server, started in this JVM on a free port with a temporary data directory,
 * on H2 ({@link #h2()}) or on an embedded PostgreSQL ({@link #postgres()}), for tests that talk
 * HTTP to it. {@link #restart()} stops it gracefully and starts it again on the same data;
 * {@link #close()} stops it and deletes the temporary directory.
 */
public final class RunningServer implements AutoCloseable {
    private static final AtomicInteger NEXT_DATABASE = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ServerOptions options;
    private final boolean ownsDataDir;
    private SalesKpiServer server;

    private RunningServer(ServerOptions options, boolean ownsDataDir) throws Exception {
        this.options = options;
        this.ownsDataDir = ownsDataDir;
        this.server = SalesKpiServer.start(options, Clock.systemDefaultZone());
    }

    /** On H2 in a new temporary data directory, with the demo data. */
    public static RunningServer h2() throws Exception {
        return start(temporaryOptions(), true);
    }

    /** On PostgreSQL (a new database in the test run's embedded server), with the demo data. */
    public static RunningServer postgres() throws Exception {
        return start(temporaryPostgresOptions(), true);
    }

    /** {@link #temporaryOptions()} on a new database in the test run's embedded PostgreSQL. */
    public static ServerOptions temporaryPostgresOptions() throws IOException {
        return temporaryOptions().withDatabase(postgresDatabase(), "postgres", "postgres");
    }

    /**
     * With these options, port 0 being the usual choice.
     *
     * @param ownsDataDir whether {@link #close()} deletes the data directory
     */
    public static RunningServer start(ServerOptions options, boolean ownsDataDir) throws Exception {
        return new RunningServer(options, ownsDataDir);
    }

    /** Options for a new temporary data directory and a free port; the demo data on. */
    public static ServerOptions temporaryOptions() throws IOException {
        return ServerOptions.defaults().withPort(0).withDataDir(Files.createTempDirectory("saleskpi-server"));
    }

    public SalesKpiServer server() {
        return server;
    }

    public ServerOptions options() {
        return options;
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path} ("/", "/rest/saleskpi/1.0/health"). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    /** A path under {@code /rest/saleskpi/1.0}. */
    public URI rest(String path) {
        return uri(WebServer.REST_PATH + path);
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a SIGTERM does: a graceful stop that releases the data directory. */
    public void stop() {
        server.stop();
    }

    /** Stops gracefully and starts again on the same data directory and database (a new port). */
    public RunningServer restart() throws Exception {
        server.stop();
        server = SalesKpiServer.start(options, Clock.systemDefaultZone());
        return this;
    }

    @Override
    public void close() throws IOException {
        server.stop();
        if (ownsDataDir) {
            try (Stream<Path> files = Files.walk(options.dataDir())) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** A new database in the test run's one embedded PostgreSQL: its URL. */
    private static synchronized String postgresDatabase() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's folder is temporary anyway.
                }
            }));
        }
        String name = "server" + NEXT_DATABASE.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }
}
