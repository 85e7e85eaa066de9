package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.database.FillingDisk;
import org.saleskpi.server.host.ServerOptions;
import org.saleskpi.server.issues.WriteRoom;

/**
 * The disk of the H2 file fills up while an import runs (H2 on {@link FillingDisk}, another program taking the
 * room): the import stops before a batch with the disk-full text (English and Japanese), keeps nothing, the issues of
 * before are all there and the server goes on answering; once room is freed the same file imports whole, without a
 * restart.
 */
class DiskFullImportOverHttpTest {
    private static final int ROWS = 40_000;

    @AfterEach
    void room() {
        FillingDisk.freed();
    }

    @Test
    void anImportMeetingAFullDiskStopsKeepingNothingAndSucceedsOnceThereIsRoom() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions().withDemo(false);
        Path data = options.dataDir();
        options = options.withDatabase(FillingDisk.url(data.resolve("filling")), "sa", "");
        try (RunningServer server = RunningServer.start(options, true)) {
            Api api = Api.of(server);
            Client admin = api.admin();
            Answer first = api.importCsv(admin, "timeZone=UTC", csv("KEPT", 50));
            assertThat(first.text("state")).as(first.body()).isEqualTo("DONE");

            FillingDisk.allow(WriteRoom.RESERVE + 1024L * 1024 * 1024);
            Answer started = admin.postFile("/imports?timeZone=UTC", "text/csv", csv("FULL", ROWS));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String job = "/imports/" + started.text("id");
            Answer running = admin.get(job);
            while (running.number("processed").longValue() == 0 && running.text("state").equals("RUNNING")) {
                Thread.sleep(5);
                running = admin.get(job);
            }
            // Another program takes the room while the import writes: less than the reserve is left.
            FillingDisk.allow(WriteRoom.RESERVE / 2);
            assertThat(running.text("state")).as("still writing when the disk filled").isEqualTo("RUNNING");
            Answer ended = ended(admin, job);
            assertThat(ended.text("state")).as(ended.body()).isEqualTo("FAILED");
            assertThat(ended.text("errorKey")).isEqualTo("saleskpi.import.diskFull");
            assertThat(ended.text("error")).isEqualTo(bundle("").getProperty("saleskpi.import.diskFull"));
            assertThat(bundle("_ja").getProperty("saleskpi.import.diskFull")).contains("ディスク");

            // Nothing of it kept, the issues of before all there, and the server answers as before.
            assertThat(total(admin, "project = FULL")).isZero();
            assertThat(total(admin, "project = KEPT")).isEqualTo(50);
            Answer goal = admin.post("/goals", Api.json("project", "KEPT", "name", "Written with the disk nearly full"));
            assertThat(goal.status()).as(goal.body()).isEqualTo(201);

            FillingDisk.freed();
            Answer restarted = admin.postFile("/imports?timeZone=UTC", "text/csv", csv("FULL", ROWS));
            assertThat(restarted.status()).as(restarted.body()).isEqualTo(202);
            Answer again = ended(admin, "/imports/" + restarted.text("id"));
            assertThat(again.text("state")).as(again.body()).isEqualTo("DONE");
            assertThat(total(admin, "project = FULL")).isEqualTo(ROWS);
        }
    }

    @Test
    void whileTheDiskIsFullRequestsGet503AndOnceThereIsRoomTheSameServerWritesAgain() throws Exception {
        ServerOptions options = RunningServer.temporaryOptions().withDemo(false);
        options = options.withDatabase(FillingDisk.url(options.dataDir().resolve("filling")), "sa", "");
        try (RunningServer server = RunningServer.start(options, true)) {
            Api api = Api.of(server);
            Client admin = api.admin();
            Answer before = admin.post("/goals", Api.json("project", "ACME", "name", "Before the disk filled"));
            assertThat(before.status()).as(before.body()).isEqualTo(201);

            FillingDisk.allow(0);
            // H2 meets the full disk on a write (this one or one soon after) and closes the database: from then on
            // the server answers 503 with its JSON text, never a 500 or a stack trace.
            Answer full = admin.post("/goals", Api.json("project", "ACME", "name", "While the disk is full"));
            assertThat(full.status()).as(full.body()).isIn(201, 503);
            for (int i = 0; i < 3; i++) {
                Answer refused = admin.get("/goals?project=ACME");
                assertThat(refused.status()).as(refused.body()).isEqualTo(503);
                assertThat(refused.header("Retry-After")).isPresent();
                assertThat(refused.errorMessages()).singleElement().asString().contains("database");
                assertThat(refused.body()).doesNotContain("Exception", "\tat ");
            }

            // Room again: the same server, with the same session, reads and writes again.
            FillingDisk.freed();
            Answer read = awaitOk(() -> admin.get("/goals?project=ACME"));
            assertThat(read.body()).contains("Before the disk filled");
            if (full.status() == 201) {
                // Acknowledged, so it must have been written before the disk filled.
                assertThat(read.body()).contains("While the disk is full");
            }
            Answer after = admin.post("/goals", Api.json("project", "ACME", "name", "After room was freed"));
            assertThat(after.status()).as(after.body()).isEqualTo(201);
            assertThat(admin.get("/goals?project=ACME").body()).contains("After room was freed");
        }
    }

    private static Answer awaitOk(Supplier<Answer> request) throws InterruptedException {
        Answer answer = request.get();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (answer.status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = request.get();
        }
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    /** The job once it is no longer running (a minute at most: the machine may be busy). */
    private static Answer ended(Client caller, String job) throws InterruptedException {
        Answer answer = caller.get(job);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (answer.text("state").equals("RUNNING") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            answer = caller.get(job);
        }
        return answer;
    }

    private static Properties bundle(String language) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = DiskFullImportOverHttpTest.class.getResourceAsStream("/saleskpi/i18n/admin" + language
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static int total(Client caller, String jql) {
        Answer answer = caller.get("/issues?maxResults=0&jql=" + Api.query(jql));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.number("total").intValue();
    }

    private static byte[] csv(String project, int rows) {
        StringBuilder file = new StringBuilder("Summary,Issue key,Issue Type,Status,Project key,Created,Description\n");
        for (int i = 1; i <= rows; i++) {
            file.append("Deal ").append(i).append(',').append(project).append('-').append(i)
                    .append(",Opportunity,Open,").append(project).append(",01/Mar/24 9:00 AM,")
                    .append("A description long enough to take some room on the disk, row ").append(i).append('\n');
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
