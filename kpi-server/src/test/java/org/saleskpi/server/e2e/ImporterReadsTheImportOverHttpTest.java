package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IndexedIssueSource;
import org.saleskpi.server.RunningServer;

/**
 * The user who imports a file reads it in their next figure at once, as a REST writer reads their write (ADR 0050),
 * while the refresh that brings the kept table to the import is held: others are answered from the state before
 * until it ends. The source's hold keeps the refreshes from starting, as refreshes stuck behind slow ones would.
 */
class ImporterReadsTheImportOverHttpTest {
    private static final String HEADER = "Summary,Issue key,Issue Type,Status,Project key,Created\n";
    private static final String MARCH = "&period=2024-03-01..2024-04-01";

    @Test
    void theImportersNextFigureHoldsTheImportWhileOthersAreAnsweredFromTheStateBefore() throws Exception {
        try (RunningServer server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true)) {
            Api api = Api.of(server);
            Client admin = api.admin();
            api.user("vera", "Vera Viewer");
            api.role("IMP", "vera", "viewer");
            api.user("nina", "Nina Editor");
            api.role("IMP", "nina", "editor");
            Client vera = api.as("vera");
            Map<String, String> fields = api.defineSalesFields();
            Answer first = api.importCsv(admin, "timeZone=UTC", csv("IMP-1", "IMP-2"));
            assertThat(first.text("state")).as(first.body()).isEqualTo("DONE");
            Answer created = admin.post("/profiles", """
                    {"name":"Imported leads","project":"IMP","scope":"project = IMP","leadTypes":["Lead"],
                     "dealTypes":["Opportunity"],"wonStatuses":["Won"],"lostStatuses":["Lost"],
                     "fields":{"amount":"%s"},"rep":"assignee","currency":"EUR","timeZone":"UTC"}
                    """.formatted(fields.get("Amount")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String newLeads = "/kpis/new-leads?profile=" + created.number("id").longValue() + MARCH;
            assertThat(leads(admin, newLeads)).isEqualTo(2);

            // Another user's write makes the kept table and result older; the viewer's figure follows once refreshed.
            Client nina = api.as("nina");
            Answer saved = nina.post("/issues", Issue.issue("IMP-3", "Lead", "Open").created("2024-03-05").json());
            assertThat(saved.status()).as(saved.body()).isEqualTo(201);
            int before = settle(vera, newLeads, 3);
            assertThat(before).isEqualTo(3);
            IndexedIssueSource source = (IndexedIssueSource) server.server().services().issues();

            try (AutoCloseable held = source.holdingRefreshes()) {
                Answer job = api.importCsv(admin, "timeZone=UTC", csv("IMP-30", "IMP-31", "IMP-32"));
                assertThat(job.text("state")).as(job.body()).isEqualTo("DONE");
                assertThat(job.number("report.created").intValue()).isEqualTo(3);

                // The refresh is held: the viewer is answered from the state before the import.
                assertThat(leads(vera, newLeads)).describedAs("held").isEqualTo(before);
                // The importer is not: their figure holds the three imported leads at once.
                assertThat(leads(admin, newLeads)).isEqualTo(before + 3);
            }
        }
    }

    /** Waits until the caller's figure shows {@code count} leads, and answers it. */
    private static int settle(Client caller, String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        int leads = leads(caller, path);
        while (leads != count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            leads = leads(caller, path);
        }
        return leads;
    }

    private static int leads(Client caller, String path) {
        Answer answer = caller.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.number("value").intValue();
    }

    /** Leads of project IMP created on the 1st of March 2024, in Jira's export format. */
    private static byte[] csv(String... keys) {
        StringBuilder file = new StringBuilder(HEADER);
        Arrays.stream(keys).forEach(key -> file.append("Lead ").append(key).append(',').append(key)
                .append(",Lead,Open,IMP,01/Mar/24 9:00 AM\n"));
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }
}
