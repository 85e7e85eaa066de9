package org.saleskpi.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.SalesKpiServer;
import org.saleskpi.server.ServerWiring;
import org.saleskpi.server.auth.Users;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.host.WebServer;

/**
 * The real standalone server started in the bench's own JVM, as {@code java -jar kpi-server.jar} starts it: a new
 * data directory, a free port on loopback, the demo generator filling it with the bench's issues on the first start.
 * {@link #close()} stops it and deletes the data directory.
 */
final class BenchServer implements AutoCloseable {
    private final SalesKpiServer server;
    private final Path dataDir;
    private final Optional<EmbeddedDatabase> postgres;

    private BenchServer(SalesKpiServer server, Path dataDir, Optional<EmbeddedDatabase> postgres) {
        this.server = server;
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    /** Starts on a new folder under {@code options.dataDir()}; the demo's progress lines go to {@code console}. */
    static BenchServer start(LoadOptions options, PrintStream console) throws Exception {
        Files.createDirectories(options.dataDir());
        Path dataDir = Files.createTempDirectory(options.dataDir(), "server");
        Optional<EmbeddedDatabase> postgres = options.database() == LoadOptions.Database.POSTGRES
                ? Optional.of(EmbeddedDatabase.start(dataDir.resolve("postgres"))) : Optional.empty();
        ServerOptions serverOptions = new ServerOptions(ServerOptions.SERVE, 0, "127.0.0.1", dataDir.resolve("data"),
                postgres.map(EmbeddedDatabase::url), postgres.map(db -> EmbeddedDatabase.USER).orElse(""),
                postgres.map(db -> EmbeddedDatabase.PASSWORD).orElse(""), true, options.issues(), false, List.of());
        try {
            SalesKpiServer server = SalesKpiServer.start(serverOptions, Clock.systemDefaultZone(), console);
            return new BenchServer(server, dataDir, postgres);
        } catch (Exception | Error e) {
            postgres.ifPresent(EmbeddedDatabase::close);
            delete(dataDir);
            throw e;
        }
    }

    /**
     * Starts without the demo on H2 in a new folder under {@code parent}, with {@code h2Settings} (";WRITE_DELAY=0",
     * say, or nothing for H2's defaults) after the URL's own instead of the server's.
     */
    static BenchServer startOnH2(Path parent, String h2Settings, PrintStream console) throws Exception {
        Files.createDirectories(parent);
        Path dataDir = Files.createTempDirectory(parent, "server");
        String url = "jdbc:h2:file:" + dataDir.resolve("data").resolve("saleskpi").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE" + h2Settings;
        ServerOptions serverOptions = new ServerOptions(ServerOptions.SERVE, 0, "127.0.0.1", dataDir.resolve("data"),
                Optional.of(url), "sa", "", false, 100, false, List.of());
        try {
            return new BenchServer(SalesKpiServer.start(serverOptions, Clock.systemDefaultZone(), console), dataDir,
                    Optional.empty());
        } catch (Exception | Error e) {
            delete(dataDir);
            throw e;
        }
    }

    /** {@code http://127.0.0.1:<port>/rest/saleskpi/1.0}. */
    URI rest() {
        return URI.create("http://127.0.0.1:" + server.port() + WebServer.REST_PATH);
    }

    /** The server's issue index, for its memory figures. */
    IssueIndex index() {
        return server.index();
    }

    /** The first administrator's password: from the environment, else from the file the first start wrote. */
    String adminPassword() {
        String fromEnvironment = System.getenv(ServerWiring.ADMIN_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        try {
            return Files.readString(server.dataDir().resolve(Users.ADMIN_PASSWORD_FILE)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            postgres.ifPresent(EmbeddedDatabase::close);
            delete(dataDir);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }
}
