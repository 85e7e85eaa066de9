package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.JiraKind;

/** Each fault the fake injects behaves as {@link Faults} documents it, and is spent or cleared. */
class FaultsTest {
    private static final String SEARCH = "/rest/api/3/search/jql";
    private FakeSite site;
    private FakeJira cloud;
    private FakeJira dataCenter;
    private FakeUser sync;

    @BeforeEach
    void start() {
        site = FakeSite.generate(11, 300, ZoneId.of("Asia/Tokyo"), Instant.parse("2026-11-30T00:00:00Z"));
        cloud = FakeJira.start(site, JiraKind.CLOUD);
        dataCenter = FakeJira.start(site, JiraKind.DATA_CENTER);
        sync = site.users().get(0);
    }

    @AfterEach
    void stop() {
        cloud.close();
        dataCenter.close();
    }

    private Calls.Reply search(FakeJira jira) {
        return Calls.as(jira, sync).post(SEARCH, "{\"jql\":\"project = DEAL\"}");
    }

    @Test
    void aQuota429PausesTheGivenNumberOfRequestsWithRetryAfterThenPasses() {
        cloud.faults().rateLimit(SEARCH, 2, 7, true);
        for (int i = 0; i < 2; i++) {
            Calls.Reply limited = search(cloud);
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("Retry-After")).isEqualTo("7");
            assertThat(limited.header("X-RateLimit-Reason")).isEqualTo("jira-quota-tenant-based");
            assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
            assertThat(limited.header("X-RateLimit-Reset")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ");
        }
        assertThat(Calls.as(cloud, sync).get("/rest/api/2/myself").status()).as("other paths are not limited").isEqualTo(200);
        assertThat(search(cloud).status()).isEqualTo(200);
        assertThat(cloud.requests(SEARCH)).isEqualTo(3);
    }

    @Test
    void aBurst429NamesTheBurstReason() {
        cloud.faults().rateLimit("/rest/api/3/issue/bulkfetch", 1, 2, false);
        Calls.Reply limited = Calls.as(cloud, sync).post("/rest/api/3/issue/bulkfetch", "{\"issueIdsOrKeys\":[\"DEAL-1\"]}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Reason")).isEqualTo("jira-burst-based");
        assertThat(limited.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void serverErrorsAnswerJsonFor500AndAGatewayPageFor502And503() {
        dataCenter.faults().serverError("/rest/api/2/search", 1, 502);
        dataCenter.faults().serverError("/rest/api/2/search", 1, 500);
        Calls calls = Calls.as(dataCenter, sync);
        String path = "/rest/api/2/search?jql=" + Calls.q("project = DEAL");
        Calls.Reply gateway = calls.get(path);
        assertThat(gateway.status()).isEqualTo(502);
        assertThat(gateway.header("Content-Type")).startsWith("text/html");
        Calls.Reply internal = calls.get(path);
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.json().getAsJsonObject().getAsJsonArray("errorMessages")).hasSize(1);
        assertThat(calls.get(path).status()).isEqualTo(200);
        assertThatThrownBy(() -> dataCenter.faults().serverError("/", 1, 404)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlowPageIsAnsweredOnlyAfterTheDelay() {
        cloud.faults().slow(SEARCH, Duration.ofMillis(800), 1);
        long start = System.nanoTime();
        assertThat(search(cloud).status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(search(cloud).status()).isEqualTo(200);
        assertThat(cloud.requests(SEARCH)).isEqualTo(2);
    }

    @Test
    void aShiftWhilePagingRepeatsThePreviousPagesLastIssueOnDataCenter() {
        dataCenter.faults().shiftWhilePaging(1);
        Calls calls = Calls.as(dataCenter, sync);
        String query = "/rest/api/2/search?fields=summary&maxResults=10&jql=" + Calls.q("project = DEAL ORDER BY id ASC");
        JsonObject first = calls.get(query + "&startAt=0").json().getAsJsonObject();
        JsonObject second = calls.get(query + "&startAt=10").json().getAsJsonObject();
        // One issue moved in before the cursor: the total grows by one and offset paging repeats an issue.
        assertThat(second.get("total").getAsInt()).isEqualTo(first.get("total").getAsInt() + 1);
        assertThat(keys(second.getAsJsonArray("issues")).get(0)).isEqualTo(keys(first.getAsJsonArray("issues")).get(9));
        JsonObject restart = calls.get(query + "&startAt=0").json().getAsJsonObject();
        assertThat(keys(restart.getAsJsonArray("issues")).get(0)).isNotEqualTo(keys(first.getAsJsonArray("issues")).get(0));
    }

    @Test
    void aShiftWhilePagingRepeatsAnIssueOnCloudInCreatedOrder() {
        cloud.faults().shiftWhilePaging(2);
        Calls calls = Calls.as(cloud, sync);
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            JsonObject page = calls.post(SEARCH, "{\"jql\":\"project = DEAL ORDER BY created ASC\",\"maxResults\":20"
                    + (token == null ? "" : ",\"nextPageToken\":\"" + token + "\"") + "}").json().getAsJsonObject();
            keys.addAll(keys(page.getAsJsonArray("issues")));
            token = page.has("nextPageToken") ? page.get("nextPageToken").getAsString() : null;
        } while (token != null);
        // After page 2 an older issue moves in: page 3 starts with page 2's last issue again.
        assertThat(keys.get(40)).isEqualTo(keys.get(39));
        assertThat(keys.stream().distinct().count()).isEqualTo(keys.size() - 1);
    }

    @Test
    void anExpiredTokenIs401UntilCleared() {
        FakeUser rep = site.users().get(3);
        assertThat(Calls.as(cloud, sync).get("/rest/api/2/myself").status()).isEqualTo(200);
        cloud.faults().expireToken(site.token(sync.accountId()));
        assertThat(Calls.as(cloud, sync).get("/rest/api/2/myself").status()).isEqualTo(401);
        assertThat(search(cloud).status()).isEqualTo(401);
        assertThat(Calls.as(cloud, rep).get("/rest/api/2/myself").status()).isEqualTo(200);
        cloud.faults().clear();
        assertThat(Calls.as(cloud, sync).get("/rest/api/2/myself").status()).isEqualTo(200);
    }

    @Test
    void aTruncatedChangelogEmbedsOnlyTheNewestHistories() {
        FakeIssue busy = site.issues().stream().filter(i -> i.changelog().size() > 8).findFirst().orElseThrow();
        dataCenter.faults().truncateChangelogAt(5);
        String path = "/rest/api/2/search?expand=changelog&fields=status&jql=" + Calls.q("id = " + busy.id());
        JsonObject changelog = Calls.as(dataCenter, sync).get(path).json().getAsJsonObject()
                .getAsJsonArray("issues").get(0).getAsJsonObject().getAsJsonObject("changelog");
        assertThat(changelog.get("total").getAsInt()).isEqualTo(busy.changelog().size());
        List<String> ids = new ArrayList<>();
        changelog.getAsJsonArray("histories").forEach(h -> ids.add(h.getAsJsonObject().get("id").getAsString()));
        List<FakeChangeGroup> all = busy.changelog();
        assertThat(ids).isEqualTo(all.subList(all.size() - 5, all.size()).stream().map(FakeChangeGroup::id).toList());
        dataCenter.faults().clear();
        JsonObject whole = Calls.as(dataCenter, sync).get(path).json().getAsJsonObject()
                .getAsJsonArray("issues").get(0).getAsJsonObject().getAsJsonObject("changelog");
        assertThat(whole.getAsJsonArray("histories")).hasSize(Math.min(all.size(), Faults.DEFAULT_CHANGELOG_CUT));
    }

    @Test
    void anInvalidTotalIsSentAsTheJrjcFixtureShowsIt() {
        dataCenter.faults().invalidTotal("/rest/api/2/search", 1);
        Calls calls = Calls.as(dataCenter, sync);
        String path = "/rest/api/2/search?fields=summary&jql=" + Calls.q("project = DEAL");
        Calls.Reply broken = calls.get(path);
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body()).contains("\"total\":g2b");
        // A strict JSON reader refuses it (the value is an unquoted word, not a number).
        assertThatThrownBy(() -> {
            com.google.gson.stream.JsonReader reader = new com.google.gson.stream.JsonReader(new java.io.StringReader(broken.body()));
            reader.setLenient(false);
            new com.google.gson.Gson().getAdapter(com.google.gson.JsonElement.class).read(reader);
        }).isInstanceOf(java.io.IOException.class);
        assertThat(calls.get(path).json().getAsJsonObject().get("total").getAsInt()).isPositive();
    }

    @Test
    void theRequestLogNamesPathsButNeverTokens() {
        search(cloud);
        Calls.as(dataCenter, sync).get("/rest/api/2/myself");
        assertThat(cloud.requestLog()).containsExactly("POST " + SEARCH);
        assertThat(dataCenter.requestLog()).containsExactly("GET /rest/api/2/myself");
        assertThat(String.join("\n", cloud.requestLog()) + String.join("\n", dataCenter.requestLog()))
                .doesNotContain(site.token(sync.accountId()));
    }

    private static List<String> keys(JsonArray issues) {
        List<String> keys = new ArrayList<>();
        issues.forEach(i -> keys.add(i.getAsJsonObject().get("key").getAsString()));
        return keys;
    }
}
