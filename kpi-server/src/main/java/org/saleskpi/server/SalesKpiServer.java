package org.saleskpi.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import org.saleskpi.server.database.ServerDatabase;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.host.WebServer;
import org.saleskpi.web.RestServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running standalone server: the locked data directory, the database and the web server, started
 * in that order and stopped in the reverse one. Several can run in one JVM on different data
 * directories (the tests do).
 */
public final class SalesKpiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SalesKpiServer.class);
    // Jersey logs through java.util.logging; held here, as JUL forgets loggers nobody references.
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    static {
        JERSEY.setLevel(Level.SEVERE);
    }

    private final DataDirectory directory;
    private final ServerDatabase database;
    private final WebServer web;
    private final ServerWiring.Parts parts;
    private final String bind;
    private boolean stopped;

    private SalesKpiServer(DataDirectory directory, ServerDatabase database, WebServer web, ServerWiring.Parts parts,
            String bind) {
        this.directory = directory;
        this.database = database;
        this.web = web;
        this.parts = parts;
        this.bind = bind;
    }

    /**
     * Locks the data directory, opens and upgrades the database, wires the parts and starts serving.
     * Whatever started is stopped again when a later step fails.
     *
     * @throws DataDirectory.DirectoryInUseException when another server holds the data directory
     */
    public static SalesKpiServer start(ServerOptions options, Clock clock) throws Exception {
        return start(options, clock, System.out);
    }

    /** Starts the server; long start-up work (loading issues, the demo) reports its progress on {@code console}. */
    public static SalesKpiServer start(ServerOptions options, Clock clock, PrintStream console) throws Exception {
        DataDirectory directory = DataDirectory.lock(options.dataDir());
        ServerDatabase database = null;
        ServerWiring.Parts parts = null;
        try {
            database = ServerDatabase.open(options, directory);
            LOG.info("Database: {}", database.description());
            parts = ServerWiring.wire(database, options, clock, console);
            // Every table is made and the first start's work done: a node starting beside this one may go on.
            database.setupDone();
            WebServer web = WebServer.start(options.bind(), options.port(), parts);
            return new SalesKpiServer(directory, database, web, parts, options.bind());
        } catch (Exception | Error e) {
            if (parts != null) {
                // Their threads (imports, the Jira sync) would go on against a closed database.
                closeAll(parts);
            }
            if (database != null) {
                database.close();
            }
            directory.close();
            throw e;
        }
    }

    /** The port it listens on (the one it got when asked for port 0). */
    public int port() {
        return web.port();
    }

    /** {@code http://127.0.0.1:8080/}; a server bound to every interface is reached on localhost. */
    public String url() {
        String host = "0.0.0.0".equals(bind) || "::".equals(bind) ? "localhost" : bind;
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    public Path dataDir() {
        return directory.path();
    }

    public RestServices services() {
        return parts.services();
    }

    public ServerDatabase database() {
        return database;
    }

    /** The in-memory index of the stored issues (for the load bench's memory figures). */
    public IssueIndex index() {
        return parts.index();
    }

    /** The part of {@code type} among those with threads of their own (the mail schedule), for tests to drive. */
    public <T> java.util.Optional<T> part(Class<T> type) {
        return parts.closeables().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** Whether this start was the database's first (the one that loads the demo data). */
    public boolean firstStart() {
        return parts.firstStart();
    }

    /**
     * Stops gracefully: no new requests, the ones in flight finish, then the pool closes and the data
     * directory is released. Safe to call twice.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            web.stop();
        } catch (Exception e) {
            LOG.warn("The web server did not stop cleanly: {}", e.toString());
        } finally {
            closeAll(parts);
            try {
                database.close();
            } finally {
                directory.close();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeAll(ServerWiring.Parts parts) {
        for (AutoCloseable part : parts.closeables()) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("{} did not stop cleanly: {}", part.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
