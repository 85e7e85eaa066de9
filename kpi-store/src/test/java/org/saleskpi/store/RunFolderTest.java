package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the tests write stays in this module's target/tmp, a folder the build empties before they
 * run: a fresh machine and one with a warm /tmp behave the same (docs/fresh-machine.md).
 */
class RunFolderTest {
    private static final Path TARGET_TMP = Path.of("target", "tmp").toAbsolutePath();

    @Test
    void theTestJvmAndTheProgramsItStartsUseThisModulesTargetTmpAndAHomeInIt() {
        assertThat(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()).isEqualTo(TARGET_TMP);
        assertThat(System.getenv("TMPDIR")).isEqualTo(TARGET_TMP.toString());
        assertThat(Path.of(System.getenv("HOME"))).isEqualTo(TARGET_TMP.resolve("home")).isDirectory();
        assertThat(RunFolder.newFolder("saleskpi-store")).hasParent(TARGET_TMP).isEmptyDirectory();
    }

    @Test
    void aTemporaryFolderOutsideTheBuildsTargetFolderIsRefused() {
        assertThat(RunFolder.insideTarget(Path.of("/work/clone/kpi-store/target/tmp")))
                .isEqualTo(Path.of("/work/clone/kpi-store/target/tmp"));
        assertThatThrownBy(() -> RunFolder.insideTarget(Path.of("/tmp")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/tmp")
                .hasMessageContaining("docs/fresh-machine.md");
        assertThatThrownBy(() -> RunFolder.insideTarget(Path.of("/work/clone/targets/tmp")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void embeddedPostgresRunsFromBinariesAndDataItUnpackedInTheRunFolder() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "reads the server's executable from /proc (Linux)");
        DataSource database = Database.POSTGRES.openDataSource();
        Path folder = TARGET_TMP.resolve("embedded-pg");
        assertThat(Database.postgresFolder()).isEqualTo(folder);

        Path dataDirectory = Path.of(single(database, "SHOW data_directory"));
        Path server = serverExecutable(database);

        assertThat(dataDirectory).isEqualTo(folder.resolve("data"));
        assertThat(single(database, "SHOW unix_socket_directories")).as("no socket in /tmp").isEmpty();
        assertThat(server.getFileName()).hasToString("postgres");
        assertThat(server).startsWith(folder);
        try (Stream<Path> unpacked = Files.list(folder)) {
            List<String> names = unpacked.map(path -> path.getFileName().toString()).sorted().toList();
            assertThat(names).contains("data").anyMatch(name -> name.startsWith("PG-"));
        }
    }

    /** The executable of the backend serving one connection, read while that connection (and its backend) lives. */
    private static Path serverExecutable(DataSource database) throws SQLException, java.io.IOException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            return Files.readSymbolicLink(Path.of("/proc", row.getString(1), "exe"));
        }
    }

    private static String single(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }
}
