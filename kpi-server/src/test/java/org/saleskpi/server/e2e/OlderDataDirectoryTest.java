package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.Main;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.ServerWiring;
import org.saleskpi.server.database.DataFormat;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.store.RunFolder;

/**
 * A data directory the release before this one wrote (commit 7ad72df; its H2 database kept as the SQL script
 * {@code older-data/release-7ad72df.sql}, with the answers that release gave) opened by this release: it starts,
 * brings the tables up to date and answers exactly as the older release did. And data a NEWER release wrote is refused
 * at start with one clear line, before anything is written.
 */
class OlderDataDirectoryTest {
    private static final String RESOURCES = "older-data/release-7ad72df";
    private static final String PASSWORD = "older admin 42";
    private static final String ISSUES = "/issues?maxResults=50&jql=" + Api.query("project in (DEAL, IMP) ORDER BY key ASC");

    @Test
    void theReleaseBeforesDataDirectoryOpensMigratedWithTheSameAnswers() throws Exception {
        Path dataDir = olderDataDirectory();
        assertThat(format(dataDir)).as("the older release kept no format").isEqualTo(1);
        ServerOptions options = ServerOptions.defaults().withPort(0).withDataDir(dataDir).withDemo(false);
        try (RunningServer server = RunningServer.start(options, false)) {
            Client admin = Api.of(server).signIn("admin", PASSWORD);
            Answer issues = admin.get(ISSUES);
            assertThat(issues.status()).as(issues.body()).isEqualTo(200);
            assertThat(issues.json()).isEqualTo(expected("issues"));
            assertThat(admin.get("/issues/DEAL-3/changelog").json()).isEqualTo(expected("changelog"));

            // The figures by hand: deals DEAL-1 Won 1200, DEAL-2 Won 800, DEAL-3 Open 650 (was 500), DEAL-4 Lost 300,
            // DEAL-5 Open 250. Done: DEAL-1, DEAL-2, DEAL-4 = 3. Won amount 1200 + 800 = 2000. Open 650 + 250 = 900.
            assertThat(total(admin, "project = DEAL")).isEqualTo(5);
            assertThat(total(admin, "project = DEAL AND statusCategory = done")).isEqualTo(3);
            assertThat(amounts(admin, "project = DEAL AND status = Won")).isEqualByComparingTo("2000");
            assertThat(amounts(admin, "project = DEAL AND status = Open")).isEqualByComparingTo("900");
            assertThat(admin.get("/goals?project=DEAL").body()).contains("Win the quarter");
            Answer jobs = admin.get("/imports");
            assertThat(jobs.array()).singleElement().satisfies(job -> {
                assertThat(job.getAsJsonObject().get("state").getAsString()).isEqualTo("DONE");
                assertThat(job.getAsJsonObject().getAsJsonObject("report").get("created").getAsInt()).isEqualTo(2);
            });

            // Written to as this release writes: a change, and an import (its job's table gained a column).
            Answer write = admin.post("/issues", Api.json("key", "DEAL-5", "fields", new Api.Raw("{\"project\":\"DEAL\","
                    + "\"issuetype\":\"Deal\",\"status\":\"Won\",\"statusCategory\":\"done\",\"summary\":\"Deal DEAL-5\","
                    + "\"created\":\"2026-11-02T09:00:00Z\",\"customfield_10000\":250}")));
            assertThat(write.status()).as(write.body()).isIn(200, 201);
            assertThat(amounts(admin, "project = DEAL AND status = Won")).isEqualByComparingTo("2250");
            Answer imported = Api.of(server).importCsv(admin, "timeZone=UTC",
                    "Summary,Issue key,Issue Type,Status,Created\nImported three,IMP-3,Deal,Open,03/Mar/24 9:00 AM\n"
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(imported.text("state")).as(imported.body()).isEqualTo("DONE");
            assertThat(total(admin, "project = IMP")).isEqualTo(3);
        }
        assertThat(format(dataDir)).isEqualTo(DataFormat.CURRENT);

        // Opened again, as every later start: the same figures.
        try (RunningServer again = RunningServer.start(options, false)) {
            Client admin = Api.of(again).signIn("admin", PASSWORD);
            assertThat(amounts(admin, "project = DEAL AND status = Won")).isEqualByComparingTo("2250");
            assertThat(total(admin, "project = IMP")).isEqualTo(3);
        }
    }

    @Test
    void dataOfANewerReleaseIsRefusedWithOneLineAndLeftAsItWas() throws Exception {
        Path dataDir = olderDataDirectory();
        try (Connection connection = h2(dataDir); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SK.DATA_FORMAT (ID INT NOT NULL PRIMARY KEY, FORMAT INT NOT NULL)");
            statement.execute("INSERT INTO SK.DATA_FORMAT VALUES (1, " + (DataFormat.CURRENT + 1) + ")");
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--port", "0", "--no-demo", "--data-dir", dataDir.toString()},
                ServerWiring.commands(), new PrintStream(console, true, StandardCharsets.UTF_8));
        String said = console.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isNotZero();
        assertThat(said.strip()).doesNotContain("\n", "Exception", "\tat ")
                .contains("written by a newer release of Sales KPI", "data format " + (DataFormat.CURRENT + 1),
                        "reads up to " + DataFormat.CURRENT, dataDir.resolve("saleskpi").toString());
        // Nothing was written: the import job table did not gain this release's column.
        try (Connection connection = h2(dataDir);
                ResultSet column = connection.getMetaData().getColumns(null, "SK", "IMPORT_JOB", "ERROR_KEY")) {
            assertThat(column.next()).isFalse();
        }
        assertThat(format(dataDir)).isEqualTo(DataFormat.CURRENT + 1);
    }

    @Test
    void aStoreOfANewerModelVersionIsRefusedWithOneLine() throws Exception {
        Path dataDir = olderDataDirectory();
        try (Connection connection = h2(dataDir); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE PUBLIC.AO_489536_MODEL_VERSION SET MODEL_VERSION = '999'");
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"--port", "0", "--no-demo", "--data-dir", dataDir.toString()},
                ServerWiring.commands(), new PrintStream(console, true, StandardCharsets.UTF_8));
        String said = console.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(said).isNotZero();
        assertThat(said.strip()).doesNotContain("\n", "\tat ").contains("model version 999", "newer than this release");
    }

    /** A new data directory holding the older release's database, as that release left it. */
    private static Path olderDataDirectory() throws IOException, SQLException {
        Path dataDir = RunFolder.newFolder("older-data").resolve("data");
        Files.createDirectories(dataDir);
        try (Connection connection = h2(dataDir); Reader script = resource(".sql")) {
            RunScript.execute(connection, script);
        }
        return dataDir;
    }

    private static Connection h2(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("saleskpi"), "sa", "");
    }

    private static int format(Path dataDir) throws SQLException {
        try (Connection connection = h2(dataDir)) {
            return DataFormat.stored(connection);
        }
    }

    private static JsonElement expected(String answer) throws IOException {
        try (Reader json = resource("-" + answer + ".json")) {
            return JsonParser.parseReader(json);
        }
    }

    private static Reader resource(String suffix) {
        InputStream in = OlderDataDirectoryTest.class.getResourceAsStream(RESOURCES + suffix);
        assertThat(in).as(RESOURCES + suffix).isNotNull();
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static int total(Client caller, String jql) {
        Answer answer = caller.get("/issues?maxResults=0&jql=" + Api.query(jql));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.number("total").intValue();
    }

    /** The sum of the Amount field of the issues {@code jql} finds. */
    private static BigDecimal amounts(Client caller, String jql) {
        Answer answer = caller.get("/issues?maxResults=50&jql=" + Api.query(jql));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonElement issue : answer.object().getAsJsonArray("issues")) {
            sum = sum.add(issue.getAsJsonObject().getAsJsonObject("fields").get("customfield_10000").getAsBigDecimal());
        }
        return sum;
    }
}
