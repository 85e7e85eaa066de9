package org.saleskpi.server.issues;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The real databases the issue store is tested on; each {@link #open()} gives a new, empty one. */
public enum Database {
    H2_MEMORY,
    H2_FILE,
    POSTGRES;

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public DataSource open() {
        String name = "issues" + NEXT.incrementAndGet();
        switch (this) {
            case H2_MEMORY:
                return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            case H2_FILE:
                return h2("jdbc:h2:file:" + temporaryFolder().resolve(name));
            default:
                return postgresDatabase(name);
        }
    }

    private static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("saleskpi-issues");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One embedded PostgreSQL server for the test run, a fresh database in it per test. */
    private static synchronized DataSource postgresDatabase(String name) {
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
            return postgres.getDatabase("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }
}
