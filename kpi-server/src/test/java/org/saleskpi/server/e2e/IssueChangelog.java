package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

/**
 * {@code GET /issues/{key}/changelog} over HTTP: every {@code POST /issues} that changes an issue adds
 * one group of changes, by the poster, at the server's time, in Jira's changelog shape; pages as Jira
 * pages them; 404 for an issue the caller may not browse. ACME-1 is created by Ed, then changed twice:
 * <pre>
 * group 1 (Ed):    status Proposal -> Negotiation, Amount 1000 -> 1250.5, labels (none) -> hot
 * group 2 (admin): assignee Ed Editor -> Vic Viewer
 * </pre>
 * {@code IssueChangelogOnH2Test} and {@code IssueChangelogOnPostgresTest} run it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IssueChangelog {
    /** The server's fixed "now": every change is recorded at it. */
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private RunningServer server;
    private Api api;
    private Client ed;
    private Client vic;
    private String amount;

    /** Options of a server without the demo on the database under test. */
    abstract ServerOptions options() throws Exception;

    @BeforeAll
    void createAndChangeAnIssue() throws Exception {
        server = RunningServer.start(options(), true, Clock.fixed(NOW, ZoneOffset.UTC));
        api = Api.of(server);
        api.user("ed", "Ed Editor");
        api.role("ACME", "ed", "editor");
        api.user("vic", "Vic Viewer");
        api.role("ACME", "vic", "viewer");
        api.user("otto", "Otto Outsider");
        api.role("OTHER", "otto", "viewer");
        amount = api.defineSalesFields().get("Amount");
        ed = api.as("ed");
        vic = api.as("vic");
        post(ed, issue("ACME-1", "Opportunity", "Proposal").by("ed").created("2024-03-01").field(amount, 1000));
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void changesArePagedInJirasShapeAsTheViewerSeesThem() {
        JsonObject created = vic.get("/issues/ACME-1/changelog").object();
        assertThat(created.toString()).describedAs("a new issue has no changes yet")
                .isEqualTo("{\"startAt\":0,\"maxResults\":100,\"total\":0,\"isLast\":true,\"values\":[]}");

        post(ed, issue("ACME-1", "Opportunity", "Negotiation").by("ed").created("2024-03-01").field(amount, 1250.5)
                .label("hot"));
        post(api.admin(), issue("ACME-1", "Opportunity", "Negotiation").by("vic").created("2024-03-01")
                .field(amount, 1250.5).label("hot"));

        JsonObject all = vic.get("/issues/ACME-1/changelog").object();
        assertThat(all.get("total").getAsInt()).isEqualTo(2);
        assertThat(all.get("isLast").getAsBoolean()).isTrue();
        JsonArray values = all.getAsJsonArray("values");
        assertThat(values).hasSize(2);
        JsonObject first = values.get(0).getAsJsonObject();
        assertThat(first.get("id").getAsString()).isEqualTo("1");
        assertThat(first.get("created").getAsString()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(first.getAsJsonObject("author").get("key").getAsString()).isEqualTo("ed");
        assertThat(first.getAsJsonObject("author").get("displayName").getAsString()).isEqualTo("Ed Editor");
        assertThat(first.getAsJsonArray("items")).containsExactly(
                JsonParser.parseString("{\"field\":\"status\",\"fieldtype\":\"jira\",\"fieldId\":\"status\","
                        + "\"from\":\"Proposal\",\"fromString\":\"Proposal\",\"to\":\"Negotiation\",\"toString\":\"Negotiation\"}"),
                JsonParser.parseString("{\"field\":\"labels\",\"fieldtype\":\"jira\",\"fieldId\":\"labels\","
                        + "\"from\":null,\"fromString\":null,\"to\":null,\"toString\":\"hot\"}"),
                JsonParser.parseString("{\"field\":\"Amount\",\"fieldtype\":\"custom\",\"fieldId\":\"" + amount + "\","
                        + "\"from\":null,\"fromString\":\"1000\",\"to\":null,\"toString\":\"1250.5\"}"));
        JsonObject second = values.get(1).getAsJsonObject();
        assertThat(second.get("id").getAsString()).isEqualTo("2");
        assertThat(second.getAsJsonObject("author").get("key").getAsString()).isEqualTo("admin");
        assertThat(second.getAsJsonArray("items")).containsExactly(JsonParser.parseString(
                "{\"field\":\"assignee\",\"fieldtype\":\"jira\",\"fieldId\":\"assignee\","
                        + "\"from\":\"ed\",\"fromString\":\"Ed Editor\",\"to\":\"vic\",\"toString\":\"Vic Viewer\"}"));

        JsonObject firstPage = vic.get("/issues/ACME-1/changelog?maxResults=1").object();
        assertThat(firstPage.get("maxResults").getAsInt()).isEqualTo(1);
        assertThat(firstPage.get("isLast").getAsBoolean()).isFalse();
        assertThat(firstPage.getAsJsonArray("values")).containsExactly(first);
        JsonObject secondPage = vic.get("/issues/ACME-1/changelog?startAt=1&maxResults=1").object();
        assertThat(secondPage.get("startAt").getAsInt()).isEqualTo(1);
        assertThat(secondPage.get("isLast").getAsBoolean()).isTrue();
        assertThat(secondPage.getAsJsonArray("values")).containsExactly(second);
        assertThat(vic.get("/issues/ACME-1/changelog?startAt=5").object().getAsJsonArray("values")).isEmpty();
        assertThat(vic.get("/issues/ACME-1/changelog?maxResults=5000").number("maxResults").intValue())
                .describedAs("Jira's largest page").isEqualTo(100);
    }

    @Test
    void badPagingIsRefusedNamingTheParameter() {
        for (String[] bad : new String[][] {{"startAt=-1", "startAt"}, {"startAt=first", "startAt"},
            {"maxResults=-3", "maxResults"}, {"maxResults=1.5", "maxResults"}}) {
            Answer answer = vic.get("/issues/ACME-1/changelog?" + bad[0]);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.object().getAsJsonArray("errors").get(0).getAsJsonObject().get("field").getAsString())
                    .as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void anIssueTheCallerMayNotBrowseIsNotFound() {
        Client otto = api.as("otto");
        assertThat(vic.get("/issues/ACME-1").text("key")).isEqualTo("ACME-1");
        assertThat(otto.get("/issues/ACME-1").status()).isEqualTo(404);
        assertThat(otto.get("/issues/ACME-1/changelog").status()).isEqualTo(404);
        assertThat(vic.get("/issues/ACME-99/changelog").status()).isEqualTo(404);
        assertThat(api.anonymous().get("/issues/ACME-1/changelog").status()).isEqualTo(401);
        assertThat(api.admin().get("/issues/ACME-1/changelog").status()).isEqualTo(200);
    }

    /**
     * The funnel reads the issues' changes from the server's index, which every write keeps in step, and its cached
     * table is patched: FUN-1, created on 2 November in Proposal, reaches Negotiation the moment an edit moves it.
     * With the stages Proposal, Negotiation and won, November 2026's cohort of deals that entered Proposal is FUN-1
     * alone: reached 1, 0, 0 before the edit; after it (1 December, in the period) 1, 1, 0.
     */
    @Test
    void anEditShowsInTheFunnelRightAfter() {
        Client admin = api.admin();
        Answer created = admin.post("/profiles", """
                {"name":"Funnel","project":"FUN","scope":"project = FUN","leadTypes":["Lead"],
                 "dealTypes":["Opportunity"],"wonStatuses":["Won"],"lostStatuses":["Lost"],
                 "fields":{"amount":"%s"},"rep":"assignee","currency":"EUR","timeZone":"UTC",
                 "stages":[{"status":"Proposal","probability":null},{"status":"Negotiation","probability":null}]}
                """.formatted(amount));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String funnel = "/gadgets/funnel/data?profile=" + created.number("id").longValue()
                + "&period=2026-11-01..2026-12-02&funnelOrder=strict&cohort=entered";
        post(admin, issue("FUN-1", "Opportunity", "Proposal").by("ed").created("2026-11-02").field(amount, 500));
        assertThat(reached(admin.get(funnel).object())).containsExactly(1L, 0L, 0L);

        post(admin, issue("FUN-1", "Opportunity", "Negotiation").by("ed").created("2026-11-02").field(amount, 500));

        assertThat(reached(admin.get(funnel).object())).containsExactly(1L, 1L, 0L);
    }

    private static java.util.List<Long> reached(JsonObject funnel) {
        return funnel.getAsJsonArray("steps").asList().stream()
                .map(step -> step.getAsJsonObject().get("reached").getAsLong()).toList();
    }

    private static void post(Client client, Issue issue) {
        Answer answer = client.post("/issues", issue.json());
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }
}
