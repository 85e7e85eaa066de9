package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;
import static org.saleskpi.server.e2e.Issue.issue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saleskpi.server.RunningServer;

/**
 * Two projects on one server: viv views ACME only, eddie edits ACME. ACME's March wins are
 * 100 + 200; BETA's one win is 7777, a number no ACME answer may ever contain.
 */
class ProjectIsolationTest {
    private static final String MARCH = "&period=2024-03-01..2024-04-01";
    private static RunningServer server;
    private static Api api;
    private static Client admin;
    private static Client viv;
    private static Client eddie;
    private static String amount;
    private static long acmeProfile;
    private static long acmeProfileScopedToBeta;
    private static long betaProfile;
    private static long betaGoal;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true);
        api = Api.of(server);
        admin = api.admin();
        api.user("viv", "Viv Viewer");
        api.user("eddie", "Eddie Editor");
        api.user("rep", "Rep Resentative");
        api.role("ACME", "viv", "viewer");
        api.role("ACME", "eddie", "editor");
        Map<String, String> fields = api.defineSalesFields();
        amount = fields.get("Amount");
        for (Issue issue : List.of(
                won("ACME-1", 100), won("ACME-2", 200),
                issue("ACME-3", "Lead", "Open").by("rep").created("2024-03-03"),
                won("BETA-1", 7777),
                issue("BETA-2", "Lead", "Open").by("rep").created("2024-03-04").label("secret"))) {
            Answer saved = admin.post("/issues", issue.json());
            assertThat(saved.status()).as(saved.body()).isIn(200, 201);
        }
        acmeProfile = profile("ACME", "project = ACME");
        acmeProfileScopedToBeta = profile("ACME", "project = BETA");
        betaProfile = profile("BETA", "project = BETA");
        Answer goal = admin.post("/goals", json("project", "BETA", "name", "Beta secret plan"));
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        betaGoal = goal.number("id").longValue();
        viv = api.as("viv");
        eddie = api.as("eddie");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @ParameterizedTest(name = "jql = {0}")
    @ValueSource(strings = {"", "project = BETA", "project in (ACME, BETA)", "labels = secret",
        "project = BETA OR project = ACME", "key = BETA-1"})
    void theIssueListShowsTheViewerNoIssueOfAnotherProject(String jql) {
        Answer answer = viv.get("/issues?maxResults=100&jql=" + Api.query(jql));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(keys(answer)).allMatch(key -> key.startsWith("ACME-"));
        assertThat(answer.body()).doesNotContain("BETA-").doesNotContain("7777");
        assertThat(answer.number("total").intValue()).isEqualTo(keys(answer).size());
    }

    @Test
    void theAdminSeesBothProjects() {
        Answer all = admin.get("/issues?maxResults=100&jql=");

        assertThat(keys(all)).containsExactlyInAnyOrder("ACME-1", "ACME-2", "ACME-3", "BETA-1", "BETA-2");
        assertThat(keys(viv.get("/issues?maxResults=100&jql="))).containsExactlyInAnyOrder("ACME-1", "ACME-2",
                "ACME-3");
    }

    @ParameterizedTest(name = "jql = {0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "project = BETA                  | 0",
        "key = BETA-1                    | 0",
        "project = BETA OR project = ACME | 300",
        "project in (ACME, BETA)         | 300"})
    void aKpiNarrowedToAnotherProjectNeverShowsItsNumbers(String jql, String expected) {
        Answer answer = viv.get("/kpis/won-revenue?profile=" + acmeProfile + MARCH + "&jql=" + Api.query(jql));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("7777");
        assertThat(answer.number("value")).isEqualByComparingTo(expected);
    }

    @Test
    void theAcmeNumbersAreAcmesOnly() {
        Answer won = viv.get("/kpis/won-revenue?profile=" + acmeProfile + MARCH);

        assertThat(won.status()).as(won.body()).isEqualTo(200);
        assertThat(won.number("value")).isEqualByComparingTo("300");
        assertThat(viv.get("/kpis/won-revenue?profile=" + acmeProfile + MARCH + "&jql="
                + Api.query("project = BETA")).object().getAsJsonObject("measures").get("count").getAsInt())
                .isZero();
    }

    @Test
    void aProfileOfAcmeScopedToBetaCountsNothing() {
        Answer won = viv.get("/kpis/won-revenue?profile=" + acmeProfileScopedToBeta + MARCH);

        assertThat(won.body()).doesNotContain("7777");
        assertThat(won.status()).as(won.body()).isEqualTo(200);
        JsonObject measures = won.object().getAsJsonObject("measures");
        assertThat(measures.get("count").getAsInt()).isZero();
    }

    @Test
    void betasProfileAndGoalsAreNotFoundForTheAcmeViewer() {
        assertThat(viv.get("/profiles/" + betaProfile).status()).isEqualTo(404);
        assertThat(viv.get("/kpis/won-revenue?profile=" + betaProfile + MARCH).status()).isEqualTo(404);
        assertThat(viv.get("/goals/" + betaGoal).status()).isEqualTo(404);
        Answer list = viv.get("/goals?project=BETA");
        assertThat(list.status()).isIn(403, 404);
        assertThat(list.body()).doesNotContain("Beta secret plan");
        assertThat(admin.get("/goals/" + betaGoal).status()).describedAs("the goal exists").isEqualTo(200);
    }

    @Test
    void aViewerWritesNoIssueAndNoGoalButAnEditorDoes() {
        int before = admin.get("/issues?jql=").number("total").intValue();

        Answer issueByViewer = viv.post("/issues", issue("ACME-50", "Lead", "Open").created("2024-03-05").json());
        Answer changeByViewer = viv.post("/issues", won("ACME-1", 1).json());
        Answer goalByViewer = viv.post("/goals", json("project", "ACME", "name", "Viewer's goal"));

        assertThat(issueByViewer.status()).isEqualTo(403);
        assertThat(changeByViewer.status()).isEqualTo(403);
        assertThat(goalByViewer.status()).isEqualTo(403);
        assertThat(admin.get("/issues?jql=").number("total").intValue()).isEqualTo(before);
        assertThat(viv.get("/kpis/won-revenue?profile=" + acmeProfile + MARCH).number("value"))
                .isEqualByComparingTo("300");

        Answer issueByEditor = eddie.post("/issues", issue("ACME-51", "Lead", "Open").created("2024-03-05").json());
        Answer goalByEditor = eddie.post("/goals", json("project", "ACME", "name", "Editor's goal"));
        Answer betaByEditor = eddie.post("/issues", issue("BETA-51", "Lead", "Open").created("2024-03-05").json());

        assertThat(issueByEditor.status()).as(issueByEditor.body()).isEqualTo(201);
        assertThat(goalByEditor.status()).as(goalByEditor.body()).isEqualTo(201);
        assertThat(betaByEditor.status()).describedAs("an ACME editor writes nothing into BETA").isIn(403, 404);
        assertThat(admin.get("/issues?jql=" + Api.query("key = BETA-51")).number("total").intValue()).isZero();
    }

    @Test
    void anAcmeGoalCountingBetaIssuesCountsNoneForTheViewer() {
        Answer goal = admin.post("/goals", json("project", "ACME", "name", "Looks into BETA"));
        Answer target = admin.post("/goals/" + goal.number("id") + "/targets", json("name", "BETA leads",
                "kind", "issues", "jql", "project = BETA"));
        assertThat(target.status()).as(target.body()).isEqualTo(201);

        JsonObject seenByViv = viv.get("/goals/" + goal.number("id")).object().getAsJsonArray("targets").get(0)
                .getAsJsonObject();
        JsonObject seenByAdmin = admin.get("/goals/" + goal.number("id")).object().getAsJsonArray("targets").get(0)
                .getAsJsonObject();

        assertThat(seenByViv.get("currentValue").getAsInt()).isZero();
        assertThat(seenByViv.get("targetValue").getAsInt()).isZero();
        assertThat(seenByAdmin.get("targetValue").getAsInt()).describedAs("BETA has issues to count").isPositive();
    }

    @Test
    void aRoleGrantedOnTheKeyInSmallLettersIsTheRoleOnTheProject() {
        api.user("lowe", "Lowe Case");

        Answer granted = admin.put("/projects/acme/roles/lowe", json("role", "viewer"));

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.text("projectKey")).isEqualTo("ACME");
        assertThat(admin.get("/projects/ACME/roles").body()).contains("\"username\":\"lowe\"");
        assertThat(keys(api.as("lowe").get("/issues?jql="))).contains("ACME-1").noneMatch(k -> k.startsWith("BETA"));
    }

    private static Issue won(String key, int value) {
        return issue(key, "Opportunity", "Won").by("rep").created("2024-03-01").resolved("2024-03-10")
                .field(amount, value);
    }

    private static long profile(String project, String scope) {
        Answer created = admin.post("/profiles", json("name", project + " " + scope, "project", project, "scope", scope,
                "leadTypes", new Api.Raw("[\"Lead\"]"), "dealTypes", new Api.Raw("[\"Opportunity\"]"),
                "wonStatuses", new Api.Raw("[\"Won\"]"), "fields", new Api.Raw(json("amount", amount))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.number("id").longValue();
    }

    private static List<String> keys(Answer search) {
        List<String> keys = new ArrayList<>();
        search.object().getAsJsonArray("issues").forEach(i -> keys.add(i.getAsJsonObject().get("key").getAsString()));
        return keys;
    }
}
