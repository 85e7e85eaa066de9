package org.saleskpi.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.java.ao.EntityManager;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.saleskpi.aohost.EntityManagers;

/**
 * The real databases the store is tested on. Each {@link #open()} gives a new, empty database and
 * an EntityManager with Atlassian's name converters (built as the standalone server builds it, on a
 * plain data source without a pool), so tables are named as Jira names them;
 * {@link #openAgain} a second EntityManager on the same database, as a second server node would.
 */
public enum Database {
    H2_MEMORY,
    H2_FILE,
    POSTGRES;

    /** The embedded PostgreSQL server's superuser, for {@link #postgresUrl()}. */
    public static final String POSTGRES_USER = "postgres";
    public static final String POSTGRES_PASSWORD = "postgres";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A new, empty database. */
    public EntityManager open() {
        return EntityManagers.open(openDataSource(), TableNames.converter());
    }

    /**
     * A new, empty database as a plain data source without a pool, for code that talks JDBC itself
     * (the server's issue tables) or builds its own EntityManager.
     */
    public DataSource openDataSource() {
        String name = "store" + NEXT.incrementAndGet();
        return switch (this) {
            // Without a pool AO opens and closes a connection per statement; DB_CLOSE_DELAY keeps the
            // database open in between instead of closing and reopening it (and, in memory, losing it).
            case H2_MEMORY -> dataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case H2_FILE -> dataSource("jdbc:h2:file:" + RunFolder.newFolder("saleskpi-store").resolve(name)
                    + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRES -> dataSource(postgresDatabase(name), POSTGRES_USER, POSTGRES_PASSWORD);
        };
    }

    /** A new, empty PostgreSQL database of the test run's embedded server, as a JDBC URL. */
    public static String postgresUrl() {
        return postgresDatabase("store" + NEXT.incrementAndGet());
    }

    /** Another EntityManager, with its own connections, on the database {@code first} uses. */
    public EntityManager openAgain(EntityManager first) {
        String url;
        String user;
        try (Connection connection = first.getProvider().getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the first EntityManager's database", e);
        }
        return EntityManagers.open(dataSource(url, user, this == POSTGRES ? POSTGRES_PASSWORD : ""),
                TableNames.converter());
    }

    private static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(user);
        postgres.setPassword(password);
        return postgres;
    }

    /**
     * Where the embedded PostgreSQL server unpacks its binaries ({@code PG-<digest>/bin}) and keeps its
     * data ({@code data}): in the test run's folder, so that every run unpacks them again and never
     * uses a copy an earlier run left, which once hid a broken unpacker (docs/fresh-machine.md).
     */
    public static Path postgresFolder() {
        return RunFolder.root().resolve("embedded-pg");
    }

    /** One embedded PostgreSQL server for the test run, a fresh database in it per test. */
    private static synchronized String postgresDatabase(String name) {
        try {
            if (postgres == null) {
                // Both folders set: by default zonky unpacks into java.io.tmpdir/embedded-pg (or
                // ot.epg.working-dir) and keeps the data in a new java.io.tmpdir/epg* folder. No Unix
                // socket: PostgreSQL would put it in /tmp, and JDBC connects over TCP anyway.
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(postgresFolder().toFile())
                        .setDataDirectory(postgresFolder().resolve("data"))
                        .setServerConfig("unix_socket_directories", "")
                        .start();
                EmbeddedPostgres server = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // The JVM is ending; the next build empties the folder anyway.
                    }
                }));
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }
}
