package org.saleskpi.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.host.WebServer;
import org.saleskpi.store.Database;

/**
 * The real standalone server, started in this JVM on a free port with a temporary data directory,
 * on H2 ({@link #h2()}) or on an embedded PostgreSQL ({@link #postgres()}), for tests that talk
 * HTTP to it. {@link #restart()} stops it gracefully and starts it again on the same data;
 * {@link #close()} stops it and deletes the temporary directory.
 */
public final class RunningServer implements AutoCloseable {

    private final HttpClient client = HttpClient.newHttpClient();
    private final ServerOptions options;
    private final boolean ownsDataDir;
    private final Clock clock;
    private SalesKpiServer server;

    private RunningServer(ServerOptions options, boolean ownsDataDir, Clock clock) throws Exception {
        this.options = options;
        this.ownsDataDir = ownsDataDir;
        this.clock = clock;
        this.server = SalesKpiServer.start(options, clock);
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
        return temporaryOptions().withDatabase(Database.postgresUrl(), Database.POSTGRES_USER,
                Database.POSTGRES_PASSWORD);
    }

    /**
     * With these options, port 0 being the usual choice.
     *
     * @param ownsDataDir whether {@link #close()} deletes the data directory
     */
    public static RunningServer start(ServerOptions options, boolean ownsDataDir) throws Exception {
        return start(options, ownsDataDir, Clock.systemDefaultZone());
    }

    /** With these options on a clock of the test's choosing (a fixed "now" in a zone). */
    public static RunningServer start(ServerOptions options, boolean ownsDataDir, Clock clock) throws Exception {
        return new RunningServer(options, ownsDataDir, clock);
    }

    /** Options for a new temporary data directory and a free port; the demo data on. */
    public static ServerOptions temporaryOptions() throws IOException {
        return ServerOptions.defaults().withPort(0).withDataDir(Files.createTempDirectory("saleskpi-server"));
    }

    public SalesKpiServer server() {
        return server;
    }

    /** The first administrator's password: from the environment, else from the data directory. */
    public String adminPassword() {
        String fromEnvironment = System.getenv(ServerWiring.ADMIN_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        try {
            return Files.readString(options.dataDir().resolve(Users.ADMIN_PASSWORD_FILE)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        server = SalesKpiServer.start(options, clock);
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
}
