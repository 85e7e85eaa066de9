package org.saleskpi.bench.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of the bench's own, as the server's tests start one (zonky's embedded PostgreSQL, kpi-store's
 * {@code Database}): binaries and data in the bench's folder, no Unix socket, one database for the server.
 */
final class EmbeddedDatabase implements AutoCloseable {
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String NAME = "saleskpi";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Unpacks and starts PostgreSQL in {@code folder} and creates the server's database. */
    static EmbeddedDatabase start(Path folder) throws IOException {
        // Both folders set, else zonky unpacks into java.io.tmpdir and keeps its data there.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile())
                .setDataDirectory(folder.resolve("data"))
                .setServerConfig("unix_socket_directories", "")
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + NAME);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("could not create the database " + NAME, e);
        }
        return new EmbeddedDatabase(postgres);
    }

    /** The JDBC URL of the server's database. */
    String url() {
        return postgres.getJdbcUrl(USER, NAME);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop", e);
        }
    }
}
