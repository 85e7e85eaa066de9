package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.JiraKind;

/** The fake's endpoints answer both APIs over a small site: paging, caps, auth, visibility. */
class FakeJiraEndpointsTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static FakeSite site;
    private static FakeJira cloud;
    private static FakeJira dataCenter;

    @BeforeAll
    static void start() {
        site = FakeSite.generate(7, 400, ZONE, Instant.parse("2026-11-30T12:00:00Z"));
        cloud = FakeJira.start(site, JiraKind.CLOUD);
        dataCenter = FakeJira.start(site, JiraKind.DATA_CENTER);
    }

    @AfterAll
    static void stop() {
        cloud.close();
        dataCenter.close();
    }

    private static FakeUser sync() {
        return site.users().get(0);
    }

    @Test
    void serverInfoNamesTheKindWithoutAuthentication() {
        JsonObject info = Calls.withHeader(cloud, null).get("/rest/api/2/serverInfo").json().getAsJsonObject();
        assertThat(info.get("deploymentType").getAsString()).isEqualTo("Cloud");
        JsonObject dc = Calls.withHeader(dataCenter, null).get("/rest/api/2/serverInfo").json().getAsJsonObject();
        assertThat(dc.get("deploymentType").getAsString()).isEqualTo("Server");
        assertThat(dc.get("baseUrl").getAsString()).isEqualTo(dataCenter.uri().toString());
    }

    @Test
    void cloudPagesAllVisibleIssuesOnceByToken() {
        Calls calls = Calls.as(cloud, sync());
        List<String> keys = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String body = "{\"jql\":\"project in (DEAL, ENT, SMB, PART) ORDER BY created ASC\",\"maxResults\":70,"
                    + "\"fields\":[\"status\",\"" + FakeSchema.AMOUNT + "\"]" + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}";
            JsonObject page = calls.post("/rest/api/3/search/jql", body).json().getAsJsonObject();
            page.getAsJsonArray("issues").forEach(i -> keys.add(i.getAsJsonObject().get("key").getAsString()));
            assertThat(page.has("total")).isFalse();
            token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
            assertThat(page.get("isLast").getAsBoolean()).isEqualTo(token == null);
            pages++;
        } while (token != null);
        // 400 issues, all visible to the sync account, 70 a page: 6 pages (5 x 70 + 50).
        assertThat(keys).hasSize(400).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(6);
        assertThat(new HashSet<>(keys)).isEqualTo(keysOf(site.issues()));
    }

    @Test
    void cloudCapsPagesAt100WithFieldsAnd5000ForIdsOnly() {
        Calls calls = Calls.as(cloud, sync());
        JsonObject withFields = calls.post("/rest/api/3/search/jql",
                "{\"jql\":\"project = DEAL\",\"maxResults\":1000,\"fields\":[\"summary\"]}").json().getAsJsonObject();
        assertThat(withFields.getAsJsonArray("issues")).hasSize(100);
        JsonObject idsOnly = calls.post("/rest/api/3/search/jql", "{\"jql\":\"project in (DEAL, SMB, ENT, PART)\",\"maxResults\":6000}")
                .json().getAsJsonObject();
        assertThat(idsOnly.getAsJsonArray("issues")).hasSize(400);
        assertThat(idsOnly.getAsJsonArray("issues").get(0).getAsJsonObject().has("fields")).isFalse();
    }

    @Test
    void cloudRefusesTheOldSearchWith410AndDataCenterHasNoVersion3() {
        assertThat(Calls.as(cloud, sync()).get("/rest/api/3/search?jql=" + Calls.q("project = DEAL")).status()).isEqualTo(410);
        assertThat(Calls.as(cloud, sync()).get("/rest/api/2/search?jql=" + Calls.q("project = DEAL")).status()).isEqualTo(410);
        assertThat(Calls.as(dataCenter, sync()).post("/rest/api/3/search/jql", "{\"jql\":\"project = DEAL\"}").status()).isEqualTo(404);
    }

    @Test
    void dataCenterPagesByStartAtWithTotal() {
        Calls calls = Calls.as(dataCenter, sync());
        JsonObject page = calls.get("/rest/api/2/search?jql=" + Calls.q("project = DEAL ORDER BY id ASC")
                + "&startAt=10&maxResults=5&fields=status,assignee&expand=changelog").json().getAsJsonObject();
        List<FakeIssue> deals = site.issues().stream().filter(i -> i.project().equals("DEAL")).toList();
        assertThat(page.get("total").getAsInt()).isEqualTo(deals.size());
        assertThat(page.get("startAt").getAsInt()).isEqualTo(10);
        JsonArray issues = page.getAsJsonArray("issues");
        assertThat(issues).hasSize(5);
        assertThat(issues.get(0).getAsJsonObject().get("id").getAsString()).isEqualTo(deals.get(10).id());
        JsonObject assignee = firstAssignee(issues);
        assertThat(assignee.has("key")).isTrue();
        assertThat(assignee.has("accountId")).isFalse();
    }

    @Test
    void dataCenterCapsAt1000And100WithChangelogAndRefusesBeyondTheWindow() {
        Calls calls = Calls.as(dataCenter, sync());
        JsonObject plain = calls.get("/rest/api/2/search?jql=" + Calls.q("project = DEAL") + "&maxResults=5000").json().getAsJsonObject();
        assertThat(plain.get("maxResults").getAsInt()).isEqualTo(1000);
        JsonObject expanded = calls.get("/rest/api/2/search?jql=" + Calls.q("project = DEAL") + "&maxResults=5000&expand=changelog")
                .json().getAsJsonObject();
        assertThat(expanded.get("maxResults").getAsInt()).isEqualTo(100);
        Calls.Reply beyond = calls.get("/rest/api/2/search?jql=" + Calls.q("project = DEAL") + "&startAt=10000");
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.json().getAsJsonObject().getAsJsonArray("errorMessages")).hasSize(1);
    }

    @Test
    void wrongOrMissingCredentialsAre401() {
        FakeUser user = sync();
        assertThat(Calls.withHeader(cloud, null).get("/rest/api/2/myself").status()).isEqualTo(401);
        assertThat(Calls.withHeader(cloud, FakeJira.basic(user.email(), "wrong")).get("/rest/api/2/myself").status()).isEqualTo(401);
        assertThat(Calls.withHeader(cloud, FakeJira.basic("other@example.com", site.token(user.accountId())))
                .get("/rest/api/2/myself").status()).isEqualTo(401);
        assertThat(Calls.withHeader(cloud, "Bearer " + site.token(user.accountId())).get("/rest/api/2/myself").status()).isEqualTo(401);
        assertThat(Calls.withHeader(dataCenter, FakeJira.basic(user.email(), site.token(user.accountId())))
                .get("/rest/api/2/myself").status()).isEqualTo(401);
        JsonObject me = Calls.as(dataCenter, user).get("/rest/api/2/myself").json().getAsJsonObject();
        assertThat(me.get("key").getAsString()).isEqualTo(user.key());
        assertThat(me.get("timeZone").getAsString()).isEqualTo("Europe/Berlin");
        JsonObject cloudMe = Calls.as(cloud, user).get("/rest/api/3/myself").json().getAsJsonObject();
        assertThat(cloudMe.get("accountId").getAsString()).isEqualTo(user.accountId());
        assertThat(cloudMe.has("key")).isFalse();
    }

    @Test
    void aUserWithoutBrowseOnAProjectNeitherListsNorSearchesIt() {
        FakeUser rep = site.users().get(12); // generated without the partner project
        assertThat(site.visibleProjects(rep.accountId())).doesNotContain("PART");
        Calls calls = Calls.as(cloud, rep);
        JsonArray projects = calls.get("/rest/api/2/project").json().getAsJsonArray();
        List<String> keys = new ArrayList<>();
        projects.forEach(p -> keys.add(p.getAsJsonObject().get("key").getAsString()));
        assertThat(keys).containsExactly("DEAL", "ENT", "SMB");
        Calls.Reply refused = calls.post("/rest/api/3/search/jql", "{\"jql\":\"project = PART\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The value 'PART' does not exist for the field 'project'.");
        // Secured enterprise deals: the sync account sees them, a rep does not.
        long secured = site.issues().stream().filter(i -> i.securityLevel() != null).count();
        assertThat(secured).isGreaterThanOrEqualTo(2);
        assertThat(cloud.evaluate("project = ENT", sync().accountId()).size()
                - cloud.evaluate("project = ENT", rep.accountId()).size()).isEqualTo((int) secured);
    }

    @Test
    void onlyAnAdministratorReadsWhichProjectsUseIssueSecurity() {
        Calls admin = Calls.as(dataCenter, sync());
        JsonObject scheme = admin.get("/rest/api/2/project/ENT/issuesecuritylevelscheme").json().getAsJsonObject();
        assertThat(scheme.get("id").getAsLong()).isPositive();
        assertThat(scheme.getAsJsonArray("levels")).hasSize(1);
        assertThat(admin.get("/rest/api/2/project/10000/issuesecuritylevelscheme").status()).isEqualTo(404);
        assertThat(Calls.as(cloud, site.users().get(4)).get("/rest/api/2/project/ENT/issuesecuritylevelscheme").status())
                .isEqualTo(403);
        JsonObject levels = Calls.as(cloud, site.users().get(4)).get("/rest/api/3/project/ENT/securitylevel").json().getAsJsonObject();
        assertThat(levels.getAsJsonArray("levels")).hasSize(1);
    }

    @Test
    void bulkFetchLeavesOutMissingAndHiddenIssuesAndRefusesMoreThan100() {
        FakeUser rep = site.users().get(12);
        FakeIssue partner = site.issues().stream().filter(i -> i.project().equals("PART")).findFirst().orElseThrow();
        FakeIssue deal = site.issues().get(0);
        JsonObject answer = Calls.as(cloud, rep).post("/rest/api/3/issue/bulkfetch", "{\"issueIdsOrKeys\":[\"" + deal.key()
                + "\",\"" + partner.id() + "\",\"NOPE-1\"],\"fields\":[\"status\"]}").json().getAsJsonObject();
        assertThat(answer.getAsJsonArray("issues")).hasSize(1);
        assertThat(answer.getAsJsonArray("issueErrors")).isEmpty();
        StringBuilder many = new StringBuilder("{\"issueIdsOrKeys\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append('"').append(site.issues().get(i).id()).append('"');
        }
        assertThat(Calls.as(cloud, rep).post("/rest/api/3/issue/bulkfetch", many + "]}").status()).isEqualTo(400);
    }

    @Test
    void longHistoriesAreCutIn_searchAndPagedWhole() {
        FakeIssue longest = site.issues().stream().max(java.util.Comparator.comparingInt(i -> i.changelog().size())).orElseThrow();
        assertThat(longest.changelog().size()).isGreaterThanOrEqualTo(300);
        Calls calls = Calls.as(dataCenter, sync());
        JsonObject found = calls.get("/rest/api/2/search?jql=" + Calls.q("id = " + longest.id()) + "&expand=changelog")
                .json().getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject();
        JsonObject embedded = found.getAsJsonObject("changelog");
        assertThat(embedded.get("total").getAsInt()).isEqualTo(longest.changelog().size());
        assertThat(embedded.getAsJsonArray("histories")).hasSize(100);
        List<String> ids = new ArrayList<>();
        int startAt = 0;
        boolean last;
        do {
            JsonObject page = calls.get("/rest/api/2/issue/" + longest.id() + "/changelog?startAt=" + startAt).json().getAsJsonObject();
            page.getAsJsonArray("values").forEach(v -> ids.add(v.getAsJsonObject().get("id").getAsString()));
            last = page.get("isLast").getAsBoolean();
            startAt += page.get("maxResults").getAsInt();
        } while (!last);
        assertThat(ids).isEqualTo(longest.changelog().stream().map(FakeChangeGroup::id).toList());
    }

    @Test
    void changelogBulkFetchReturnsEveryHistoryOnceOldestFirstPerIssue() {
        List<FakeIssue> some = site.issues().subList(0, 30);
        StringBuilder ids = new StringBuilder();
        some.forEach(i -> ids.append(ids.length() == 0 ? "" : ",").append('"').append(i.id()).append('"'));
        Calls calls = Calls.as(cloud, sync());
        List<String> seen = new ArrayList<>();
        java.util.Map<String, List<Instant>> created = new java.util.HashMap<>();
        String token = null;
        do {
            JsonObject page = calls.post("/rest/api/3/changelog/bulkfetch", "{\"issueIdsOrKeys\":[" + ids + "],\"maxResults\":50"
                    + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}").json().getAsJsonObject();
            for (JsonElement log : page.getAsJsonArray("issueChangeLogs")) {
                for (JsonElement history : log.getAsJsonObject().getAsJsonArray("changeHistories")) {
                    seen.add(history.getAsJsonObject().get("id").getAsString());
                    created.computeIfAbsent(log.getAsJsonObject().get("issueId").getAsString(), id -> new ArrayList<>())
                            .add(java.time.OffsetDateTime.parse(history.getAsJsonObject().get("created").getAsString(),
                            FakeJson.TIMESTAMP).toInstant());
                }
            }
            token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
        } while (token != null);
        List<String> expected = some.stream().flatMap(i -> i.changelog().stream()).map(FakeChangeGroup::id).toList();
        assertThat(seen).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        created.values().forEach(dates -> assertThat(dates).isSorted());
    }

    private static JsonObject firstAssignee(JsonArray issues) {
        for (JsonElement issue : issues) {
            JsonElement assignee = issue.getAsJsonObject().getAsJsonObject("fields").get("assignee");
            if (assignee.isJsonObject()) {
                return assignee.getAsJsonObject();
            }
        }
        throw new AssertionError("no assigned issue on the page");
    }

    private static Set<String> keysOf(List<FakeIssue> issues) {
        Set<String> keys = new HashSet<>();
        issues.forEach(i -> keys.add(i.key()));
        return keys;
    }
}
