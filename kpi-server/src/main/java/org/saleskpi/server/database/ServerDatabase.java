package org.saleskpi.server.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import net.java.ao.EntityManager;
import org.saleskpi.aohost.EntityManagers;
import org.saleskpi.server.cluster.SetupLock;
import org.saleskpi.server.host.DataDirectory;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.TableNames;
import org.saleskpi.store.upgrade.ModelVersion;

/**
 * The server's database: a connection pool on the H2 file of the data directory or on PostgreSQL,
 * Active Objects over it, and the store upgraded to this release's model.
 */
public final class ServerDatabase implements AutoCloseable {
    /** The longest a request waits for a connection from the pool. */
    static final Duration CONNECTION_WAIT = Duration.ofSeconds(5);

    private final HikariDataSource pool;
    private final AoSession session;
    private final String description;
    private final SetupLock setup;
    private final Optional<DiskRoom> diskRoom;

    private ServerDatabase(HikariDataSource pool, EntityManager manager, String description, SetupLock setup) {
        this.pool = pool;
        this.session = new EntityManagerSession(manager);
        this.description = description;
        this.setup = setup;
        this.diskRoom = DiskRoom.of(pool.getJdbcUrl());
    }

    /**
     * Opens the pool, takes the database's {@link SetupLock} (waiting while another node sets it up) and upgrades the
     * store (creating it on the first start). The lock stays held until {@link #setupDone()}: the caller creates its
     * own tables and does the first start's work under it.
     */
    public static ServerDatabase open(ServerOptions options, DataDirectory directory) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("saleskpi");
        config.setMaximumPoolSize(10);
        // While the database is out of reach a request waits this long for a connection, then gets a 503
        // (DatabaseOutageFilter) instead of hanging for the pool's default 30 seconds.
        config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
        String description;
        if (options.dbUrl().isPresent()) {
            config.setJdbcUrl(options.dbUrl().get());
            config.setUsername(options.dbUser());
            config.setPassword(options.dbPassword());
            // Without the query: a password may be in it.
            description = "PostgreSQL " + options.dbUrl().get().replaceFirst("\\?.*", "");
        } else {
            // The server closes the database itself at shutdown, after the last request. WRITE_DELAY=0: H2 keeps
            // committed changes in memory for up to WRITE_DELAY ms (default 500) before it writes them to the file
            // (https://h2database.com/html/commands.html#set_write_delay), so a killed process lost writes the client
            // had been told were saved (KilledServerTest); with 0 each commit is written before it returns.
            config.setJdbcUrl("jdbc:h2:file:" + directory.h2File() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            config.setUsername("sa");
            config.setPassword("");
            description = "H2 " + directory.h2File() + ".mv.db";
        }
        if (config.getJdbcUrl().startsWith("jdbc:h2:")) {
            // A connection of an H2 database that closed itself (its disk full) is dropped, and the next reopens it.
            config.setExceptionOverrideClassName(H2Failures.class.getName());
        }
        HikariDataSource pool = new HikariDataSource(config);
        SetupLock setup = null;
        try {
            setup = SetupLock.take(pool);
            // Before anything writes: data of a newer release is refused whole.
            DataFormat.refuseNewer(pool, description);
            ServerDatabase database = new ServerDatabase(pool, EntityManagers.open(pool, TableNames.converter()),
                    description, setup);
            database.upgrade();
            return database;
        } catch (RuntimeException e) {
            if (setup != null) {
                setup.close();
            }
            pool.close();
            throw e;
        }
    }

    /** The tables and the first start's work are done: another node waiting to set up may go on. */
    public void setupDone() {
        setup.close();
    }

    private ModelVersion upgrade() {
        return ServerSchema.schemaUpgrade(session).run();
    }

    public AoSession session() {
        return session;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** The room left for the H2 file; empty on PostgreSQL, whose server keeps its own disk. */
    public Optional<DiskRoom> diskRoom() {
        return diskRoom;
    }

    /** Which database, for the start-up log: "H2 /path/saleskpi.mv.db" or "PostgreSQL jdbc:...". */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        setup.close();
        pool.close();
    }
}
