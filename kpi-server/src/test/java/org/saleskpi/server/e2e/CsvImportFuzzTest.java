package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.saleskpi.server.RunningServer;

/**
 * Fuzzed Jira CSV exports through the import page's endpoint: each file is refused at once with a clear 4xx, or
 * its job ends (never left running) as done or as failed with a reason, and a failed import writes nothing.
 */
class CsvImportFuzzTest {
    private static final String[] HEADERS = {
        "Summary,Issue key,Issue Type,Status,Project key,Created\n",
        "Summary,Issue key,Issue id,Issue Type,Status,Status Category,Project key,Resolution,Assignee,Reporter,"
            + "Created,Updated,Resolved,Due Date,Labels,Labels,Custom field (Amount),Custom field (Expected close)\n",
        ""};
    private static final String[] QUERIES = {"timeZone=UTC", "timeZone=Europe/Berlin", "timeZone=Asia/Tokyo&project=FUZ",
        "timeZone=UTC&dateFormat=" + Api.query("dd/MMM/yy h:mm a"), "timeZone=America/New_York&dateFormat="
            + Api.query("yyyy-MM-dd HH:mm")};

    private static RunningServer server;
    private static Api api;
    private static Client admin;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.h2();
        api = Api.of(server);
        admin = api.admin();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @FuzzTest(maxDuration = "2m")
    // Quotes, line ends and the byte order mark as libFuzzer's escapes: the dictionary file is written unescaped.
    @DictionaryEntries({",", "\\x22", "\\x22\\x22", "\\x0A", "\\x0D\\x0A", "\\xEF\\xBB\\xBF", "FUZ-1", "ACME-2", "Lead", "Opportunity", "Open", "Won", "Done",
        "01/Mar/24 9:00 AM", "31/Feb/24 9:00 AM", "2024-03-01 10:00", "1,234.50", "1.234,50", "-0", "1e999",
        "Anna Berg", "Custom field (Amount)", "Labels"})
    void everyFileIsImportedOrRefusedAndAFailureWritesNothing(FuzzedDataProvider data) {
        String query = data.pickValue(QUERIES);
        String file = data.pickValue(HEADERS) + data.consumeRemainingAsString();
        int before = total();

        Answer job = api.importCsv(admin, query, file.getBytes(StandardCharsets.UTF_8));

        ClearAnswers.assertClear("import " + query + " " + file, job);
        if (job.status() == 200) {
            assertThat(job.text("state")).as("import %s %s: %s", query, file, job).isIn("DONE", "FAILED");
            if (job.text("state").equals("FAILED")) {
                assertThat(job.text("error")).as(job.body()).isNotBlank();
                assertThat(total()).as("a failed import of %s wrote issues", file).isEqualTo(before);
            }
        }
    }

    private static int total() {
        return admin.get("/issues?jql=").number("total").intValue();
    }
}
