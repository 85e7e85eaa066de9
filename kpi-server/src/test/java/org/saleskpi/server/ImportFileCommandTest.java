package org.saleskpi.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.server.cluster.ClusterNode;
import org.saleskpi.server.database.DataFormat;
import org.saleskpi.server.database.FillingDisk;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.server.issues.WriteRoom;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.store.Database;

/**
 * The command-line import as the server's writes: on PostgreSQL numbered in the write sequence, so a node running on
 * the database learns of it; on H2 refused, keeping nothing, while the disk of the H2 file is nearly full.
 */
class ImportFileCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FillingDisk.freed();
        for (AutoCloseable closeable : closing) {
            closeable.close();
        }
    }

    @Test
    void onPostgresTheImportIsOneNumberedWriteThatARunningNodeLearnsOf() throws Exception {
        DataSource database = Database.POSTGRES.openDataSource();
        ClusterNode node = new ClusterNode(database, Duration.ofMillis(200));
        closing.add(node);
        IssueIndex index = new IssueIndex();
        IssueStore store = node.store(index);
        store.createSchema();
        node.load(store, index, Progress.NONE);
        long before = head(database);

        ServerOptions options = RunningServer.temporaryOptions().withDatabase(url(database), Database.POSTGRES_USER,
                Database.POSTGRES_PASSWORD);
        int exit = importFile(options, csv("NUM", 30));

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(head(database)).as("one more write in the sequence").isEqualTo(before + 1);
        Set<String> numbered = new TreeSet<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ISSUE_KEY, OP FROM SK.WRITE_SEQ WHERE SEQ = "
                        + (before + 1))) {
            while (rows.next()) {
                assertThat(rows.getString(2)).isEqualTo("U");
                numbered.add(rows.getString(1));
            }
        }
        assertThat(numbered).hasSize(30).contains("NUM-1", "NUM-30");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (index.get("NUM-30").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(index.get("NUM-30")).as("the running node learnt of the import").isPresent();
        assertThat(index.get("NUM-1").orElseThrow().summary()).isEqualTo("Deal 1");
    }

    @Test
    void onH2TheImportStopsKeepingNothingWhileTheDiskIsNearlyFull() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions();
        options = options.withDatabase(FillingDisk.url(options.dataDir().resolve("filling")), "sa", "");
        FillingDisk.allow(WriteRoom.RESERVE / 2);

        int exit = importFile(options, csv("FULL", 30));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("nearly full");
        FillingDisk.freed();
        out.reset();
        assertThat(importFile(options, csv("FULL", 30))).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("30 rows read, 30 issues created, 0 updated");
        assertThat(QuickCompilerOnlyTest.added()).as("the import's compiler directive, removed after it (ADR 0071)")
                .isEmpty();
    }

    @Test
    void aCommandLineOrFileRefusedWhileTheDatabaseOpensLeavesItClosedAndTheNextImportWorks() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions();
        Files.createDirectories(options.dataDir());
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        ServerOptions wrong = ServerOptions.parse(List.of("import", "--data-dir", options.dataDir().toString(),
                "--file"));
        Path notes = options.dataDir().resolve("notes.csv");
        Files.writeString(notes, "Title,Body\nHello,World\n");
        ServerOptions notAnExport = ServerOptions.parse(List.of("import", "--data-dir", options.dataDir().toString(),
                "--file", notes.toString()));

        assertThat(ServerWiring.commands().get("import").run(wrong, print)).isEqualTo(2);
        assertThat(ServerWiring.commands().get("import").run(notAnExport, print)).isEqualTo(1);

        // The database opened beside the refused readings (ADR 0079) was closed before each command returned.
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .doesNotContain("import-database-opening");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("option --file needs a value")
                .contains("notes.csv: the header row has no 'Issue key' column");
        out.reset();
        assertThat(importFile(options, csv("NEXT", 3))).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 rows read, 3 issues created");
    }

    @Test
    void anImportIntoDataOfANewerReleaseIsRefusedWithOneLineThoughTheDatabaseOpenedBesideTheReading() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions();
        Files.createDirectories(options.dataDir());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + options.dataDir().resolve("saleskpi"), "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA SK");
            statement.execute("CREATE TABLE SK.DATA_FORMAT (ID INT NOT NULL PRIMARY KEY, FORMAT INT NOT NULL)");
            statement.execute("INSERT INTO SK.DATA_FORMAT VALUES (1, " + (DataFormat.CURRENT + 1) + ")");
        }
        Path file = options.dataDir().resolve("export.csv");
        Files.writeString(file, csv("NEW", 3));

        int exit = Main.run(new String[] {"import", "--data-dir", options.dataDir().toString(), "--file",
            file.toString(), "--time-zone", "UTC"}, ServerWiring.commands(), new PrintStream(out, true,
                    StandardCharsets.UTF_8));

        String said = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isNotZero();
        assertThat(said.strip()).doesNotContain("\n", "Exception", "\tat ")
                .contains("written by a newer release of Sales KPI");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:"
                + options.dataDir().resolve("saleskpi"), "sa", "")) {
            assertThat(DataFormat.stored(connection)).isEqualTo(DataFormat.CURRENT + 1);
        }
    }

    /** The jar's {@code import} command on {@code options}' data directory and database (H2 URLs too, as tests may). */
    private int importFile(ServerOptions options, String csv) throws Exception {
        Path file = options.dataDir().resolve("export.csv");
        Files.createDirectories(options.dataDir());
        Files.writeString(file, csv);
        ServerOptions command = ServerOptions.parse(List.of("import", "--data-dir", options.dataDir().toString(),
                "--file", file.toString(), "--time-zone", "UTC"));
        if (options.dbUrl().isPresent()) {
            command = command.withDatabase(options.dbUrl().get(), options.dbUser(), options.dbPassword());
        }
        return ServerWiring.commands().get("import").run(command, new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private static String csv(String project, int rows) {
        StringBuilder csv = new StringBuilder("Issue key,Summary,Issue Type,Status,Created\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(project).append('-').append(i).append(",Deal ").append(i).append(",Deal,Open,")
                    .append("01/Mar/24 10:00 AM\n");
        }
        return csv.toString();
    }

    private static long head(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT SEQ FROM SK.WRITE_SEQ_HEAD WHERE ID = 1")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String url(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }
}
