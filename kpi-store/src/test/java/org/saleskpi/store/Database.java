package org.saleskpi.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

/**
 * The real databases the store is tested on. Each {@link #open()} gives a new, empty database and
 * an EntityManager with Atlassian's name converters, so tables are named as Jira names them;
 * {@link #openAgain} a second EntityManager on the same database, as a second server node would.
 */
public enum Database {
    H2_MEMORY,
    H2_FILE,
    POSTGRES;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A new, empty database. */
    public EntityManager open() {
        String name = "store" + NEXT.incrementAndGet();
        return switch (this) {
            // Without a pool AO opens and closes a connection per statement; DB_CLOSE_DELAY keeps the
            // database open in between instead of closing and reopening it (and, in memory, losing it).
            case H2_MEMORY -> build("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", "PUBLIC");
            case H2_FILE -> build("jdbc:h2:file:" + temporaryFolder().resolve(name) + ";DB_CLOSE_DELAY=-1", "sa", "",
                    "PUBLIC");
            case POSTGRES -> build(postgresDatabase(name), "postgres", "postgres", "public");
        };
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
        return this == POSTGRES ? build(url, user, "postgres", "public") : build(url, user, "", "PUBLIC");
    }

    private static EntityManager build(String url, String user, String password, String schema) {
        return EntityManagerBuilder.url(url).username(user).password(password).schema(schema).none()
                .tableNameConverter(TableNames.converter())
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                .build();
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("saleskpi-store");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One embedded PostgreSQL server for the test run, a fresh database in it per test. */
    private static synchronized String postgresDatabase(String name) {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres server = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // The JVM is ending; the server's folder is temporary anyway.
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
