package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.saleskpi.server.RunningServer;

/**
 * {@code jira-export.csv} is shaped like Jira's "CSV (all fields)" export: a BOM, three
 * {@code Labels} columns, {@code Custom field (...)} columns, a Description over three lines with
 * commas and doubled quotes, and Jira's default dates ({@code dd/MMM/yy h:mm a}) in Berlin time.
 * Of its 8 issues IMP-5 (line 8) has a Created date in another format; the rest are created.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CsvImportOverHttpTest {
    private static RunningServer server;
    private static Api api;
    private static Client admin;
    private static byte[] export;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        admin = api.admin();
        api.user("nina", "Nina Editor");
        api.role("IMP", "nina", "editor");
        api.user("pam", "Pam Project-Admin");
        api.role("IMP", "pam", "admin");
        try (InputStream file = CsvImportOverHttpTest.class.getResourceAsStream("jira-export.csv")) {
            export = file.readAllBytes();
        }
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    @Order(1)
    void anExportIsImportedWithTheBadRowSkippedByLine() {
        Answer job = api.importCsv(admin, "timeZone=Europe/Berlin", export);

        assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
        assertThat(job.number("report.read").intValue()).isEqualTo(8);
        assertThat(job.number("report.created").intValue()).isEqualTo(7);
        assertThat(job.number("report.updated").intValue()).isZero();
        assertThat(job.number("report.withoutHistory").intValue()).describedAs("an export carries no history")
                .isEqualTo(7);
        JsonObject skipped = job.at("report.skipped").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(job.at("report.skipped").getAsJsonArray()).hasSize(1);
        assertThat(skipped.get("line").getAsInt()).isEqualTo(8);
        assertThat(skipped.get("reason").getAsString()).startsWith("IMP-5").contains("2024-03-07 10:00");
    }

    @Test
    @Order(2)
    void theImportedIssuesAnswerJql() {
        assertThat(keys("labels = x")).containsExactlyInAnyOrder("IMP-1", "IMP-2", "IMP-6");
        assertThat(keys("labels = q1")).describedAs("a label from the second Labels column")
                .containsExactlyInAnyOrder("IMP-1", "IMP-7");
        assertThat(keys("\"Amount\" > 1000")).containsExactlyInAnyOrder("IMP-1", "IMP-3", "IMP-7");
        assertThat(keys("project = IMP")).hasSize(7).doesNotContain("IMP-5");
    }

    @Test
    @Order(2)
    void datesLandInBerlinTimeAndTheDescriptionKeepsItsLinesCommasAndQuotes() {
        JsonObject first = issue("IMP-1");
        // 9:00 in Berlin in winter (UTC+1); 16:30 likewise.
        assertThat(first.get("created").getAsString()).isEqualTo("2024-03-01T08:00:00Z");
        assertThat(first.get("resolutiondate").getAsString()).isEqualTo("2024-03-20T15:30:00Z");
        assertThat(first.get("description").getAsString()).isEqualTo(
                "Call notes, first meeting:\nThey said \"yes, if the price holds\", finally.\nNext: contract, invoice");
        assertThat(first.get("labels").toString()).isEqualTo("[\"q1\",\"x\"]");
        // 30 March 23:30 is still winter time; 2 April 9:00 is summer time (UTC+2).
        assertThat(issue("IMP-7").get("created").getAsString()).isEqualTo("2024-03-30T22:30:00Z");
        assertThat(issue("IMP-8").get("created").getAsString()).isEqualTo("2024-04-02T07:00:00Z");
    }

    /**
     * An export carries no history: a KPI that needs the past says so by its reason over the imported issues,
     * while one read from their current state still has its value.
     */
    @Test
    @Order(2)
    void kpisThatNeedThePastSayThereIsNoHistoryOverImportedIssues() {
        String amount = null;
        for (var field : admin.get("/fields").array()) {
            if (field.getAsJsonObject().get("name").getAsString().equals("Amount")) {
                amount = field.getAsJsonObject().get("id").getAsString();
            }
        }
        assertThat(amount).isNotNull();
        Answer created = admin.post("/profiles", """
                {"name":"Imported sales","project":"IMP","scope":"project = IMP","dealTypes":["Opportunity"],
                 "wonStatuses":["Won"],"lostStatuses":["Lost"],"fields":{"amount":"%s"},"rep":"assignee",
                 "currency":"EUR","timeZone":"Europe/Berlin","stages":[{"status":"Proposal","probability":0.5}]}
                """.formatted(amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long profile = created.number("id").longValue();

        for (String kpi : List.of("stage-funnel", "time-in-stage", "pipeline-movement")) {
            Answer answer = admin.get("/kpis/" + kpi + "?profile=" + profile + "&period=2024-01-01..2025-01-01");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.object().get("absentReason").getAsString()).as(kpi).isEqualTo("no-history");
        }
        Answer now = admin.get("/kpis/open-pipeline?profile=" + profile);
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.object().get("absentReason").isJsonNull()).as(now.body()).isTrue();
    }

    @Test
    @Order(3)
    void theSameFileAgainChangesNothing() {
        Answer job = api.importCsv(admin, "timeZone=Europe/Berlin", export);

        assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
        assertThat(job.number("report.unchanged").intValue()).isEqualTo(7);
        assertThat(job.number("report.withoutHistory").intValue()).isZero();
        assertThat(job.number("report.created").intValue()).isZero();
        assertThat(job.number("report.updated").intValue()).isZero();
    }

    @Test
    @Order(4)
    void aFileWithAnUnbalancedQuoteFailsWithAReasonAndWritesNothing() {
        int before = total();
        String broken = "Summary,Issue key,Issue Type,Status,Project key,Created\n"
                + "Fine,IMP-30,Lead,Open,IMP,01/Mar/24 9:00 AM\n"
                + "\"Never closed,IMP-31,Lead,Open,IMP,01/Mar/24 9:00 AM\n";

        Answer job = api.importCsv(admin, "timeZone=Europe/Berlin", broken.getBytes(StandardCharsets.UTF_8));

        assertThat(job.text("state")).as(job.body()).isEqualTo("FAILED");
        assertThat(job.text("error")).contains("not valid CSV");
        assertThat(total()).isEqualTo(before);
        assertThat(keys("key = IMP-30")).isEmpty();
    }

    @Test
    @Order(4)
    void aProjectEditorMayNotImportAWholeFile() {
        Answer refused = api.as("nina").postFile("/imports?timeZone=UTC", "text/csv", export);

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    @Order(4)
    void anUnknownTimeZoneIsRefusedByName() {
        int before = total();

        Answer refused = admin.postFile("/imports?timeZone=Mars/Olympus", "text/csv", export);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("timeZone");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void aProjectAdministratorsImportChangesNoIssueOfAnotherProject() {
        Answer beta = admin.post("/issues", Issue.issue("BETA-7", "Lead", "Open").created("2024-03-01").json());
        assertThat(beta.status()).as(beta.body()).isEqualTo(201);
        String file = "Summary,Issue key,Issue Type,Status,Created\n"
                + "Taken over,BETA-7,Lead,Open,01/Mar/24 9:00 AM\n"
                + "Fresh lead,IMP-40,Lead,Open,01/Mar/24 9:00 AM\n";

        Answer job = api.importCsv(api.as("pam"), "project=IMP&timeZone=UTC", file.getBytes(StandardCharsets.UTF_8));

        assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
        assertThat(job.number("report.created").intValue()).isEqualTo(1);
        JsonObject skipped = job.at("report.skipped").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(skipped.get("line").getAsInt()).isEqualTo(2);
        assertThat(skipped.get("reason").getAsString()).startsWith("BETA-7").contains("project BETA");
        JsonObject untouched = issue("BETA-7");
        assertThat(untouched.getAsJsonObject("project").get("key").getAsString()).isEqualTo("BETA");
        assertThat(untouched.get("summary").getAsString()).isEqualTo("Lead BETA-7");
        assertThat(issue("IMP-40").getAsJsonObject("project").get("key").getAsString()).isEqualTo("IMP");
    }

    private static int total() {
        return admin.get("/issues?jql=").number("total").intValue();
    }

    private static JsonObject issue(String key) {
        Answer answer = admin.get("/issues?jql=" + Api.query("key = " + key));
        return answer.object().getAsJsonArray("issues").get(0).getAsJsonObject().getAsJsonObject("fields");
    }

    private static List<String> keys(String jql) {
        Answer answer = admin.get("/issues?maxResults=100&jql=" + Api.query(jql));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        answer.object().getAsJsonArray("issues").forEach(i -> keys.add(i.getAsJsonObject().get("key").getAsString()));
        return keys;
    }
}
