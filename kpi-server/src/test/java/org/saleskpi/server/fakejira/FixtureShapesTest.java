package org.saleskpi.server.fakejira;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.jira.JiraKind;

/**
 * The fake answers in the shapes of real Jira answers: every key of the public fixtures
 * (../shared/data/jira-fixtures through JiraFixtures, see SOURCE.txt there) is in the fake's answer with the same JSON
 * type, recursively; issue fields are compared for the fields the fake carries. The only deviation:
 * the fake leaves {@code nextPageToken} out of Cloud's last page where the hand-trimmed jira-cli
 * fixture has "" (JRACLOUD-92184: real Cloud leaves the key out).
 */
class FixtureShapesTest {
    private static final Set<String> FIELDS = Set.of("summary", "status", "issuetype", "project", "assignee", "reporter",
            "created", "updated", "resolution", "resolutiondate", "priority", "labels");
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}";
    private static FakeSite site;
    private static FakeJira cloud;
    private static FakeJira dataCenter;
    private static Calls cloudCalls;
    private static Calls dcCalls;
    private static FakeIssue longest;

    @BeforeAll
    static void start() {
        site = FakeSite.generate(21, 250, ZoneId.of("Europe/Berlin"), Instant.parse("2026-11-30T12:00:00Z"));
        cloud = FakeJira.start(site, JiraKind.CLOUD);
        dataCenter = FakeJira.start(site, JiraKind.DATA_CENTER);
        cloudCalls = Calls.as(cloud, site.users().get(0));
        dcCalls = Calls.as(dataCenter, site.users().get(0));
        longest = site.issues().stream().max(java.util.Comparator.comparingInt(i -> i.changelog().size())).orElseThrow();
    }

    @AfterAll
    static void stop() {
        cloud.close();
        dataCenter.close();
    }

    @Test
    void dataCenterSearchPagesLikeJrjcs() {
        JsonObject fake = dcCalls.get("/rest/api/2/search?expand=names,schema&maxResults=8&jql=" + Calls.q("project = DEAL"))
                .json().getAsJsonObject();
        assertSameShape("search", fixture("jrjc/search_many-issues.json"), fake);
        assertSameShape("search", fixture("jrjc/search_issues1.json"), fake);
        assertSameShape("search.issues", fixture("jira-ruby/issue.json").get("issues"), fake.get("issues"));
        assertSameShape("search.issues", fixture("jira-ruby/rapidview_SAMPLEPROJECT.issues.full.json").get("issues"), fake.get("issues"));
    }

    @Test
    void dataCenterEmptyPageLikeJiraRubys() {
        JsonObject fake = dcCalls.get("/rest/api/2/search?startAt=5000&maxResults=1000&jql=" + Calls.q("project = DEAL"))
                .json().getAsJsonObject();
        JsonObject fixture = fixture("jira-ruby/empty_issues.json");
        assertSameShape("empty", fixture, fake);
        assertThat(fake.getAsJsonArray("issues")).isEmpty();
    }

    @Test
    void dataCenterEmbeddedChangelogLikeJrjcs() {
        JsonObject fake = dcCalls.get("/rest/api/2/search?expand=changelog&jql=" + Calls.q("id = " + longest.id()))
                .json().getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject();
        JsonObject fixture = fixture("jrjc/issue_valid-5.0-with-changelog.json");
        assertSameShape("issue.changelog", fixture.get("changelog"), fake.get("changelog"));
        assertSameShape("issue.fields", fixture.get("fields"), fake.get("fields"));
        JsonObject single = dcCalls.get("/rest/api/2/issue/" + longest.key() + "?expand=changelog").json().getAsJsonObject();
        assertSameShape("issue.changelog", fixture.get("changelog"), single.get("changelog"));
        assertThat(single.getAsJsonObject("changelog").getAsJsonArray("histories")).hasSize(longest.changelog().size());
    }

    @Test
    void cloudIssueFieldsLikeTheRealCloudSearchAnswer() {
        JsonObject fake = cloudCalls.post("/rest/api/3/search/jql", "{\"jql\":\"project = DEAL\",\"fields\":[\"*all\"],\"maxResults\":50}")
                .json().getAsJsonObject();
        JsonObject fixture = fixture("digitalservicebund/jira-jql-query-response-fixture.derived.json");
        assertSameShape("search.issues", fixture.get("issues"), fake.get("issues"));
    }

    @Test
    void cloudTokenPagesLikeJiraClis() {
        JsonObject first = cloudCalls.post("/rest/api/3/search/jql",
                "{\"jql\":\"project = DEAL\",\"fields\":[\"*navigable\"],\"maxResults\":2}").json().getAsJsonObject();
        assertSameShape("page1", fixture("jira-cli/pr965_search_page1.json"), first);
        assertSameShape("page2", fixture("jira-cli/pr965_search_page2.json"), first);
        JsonObject last = cloudCalls.post("/rest/api/3/search/jql",
                "{\"jql\":\"project = PART\",\"fields\":[\"*navigable\"],\"maxResults\":100}").json().getAsJsonObject();
        JsonObject fixtureLast = fixture("jira-cli/pr965_search_page3.json");
        fixtureLast.remove("nextPageToken");
        assertSameShape("page3", fixtureLast, last);
        assertThat(last.has("nextPageToken")).isFalse();
        assertThat(last.get("isLast").getAsBoolean()).isTrue();
        JsonObject empty = cloudCalls.post("/rest/api/3/search/jql", "{\"jql\":\"project = DEAL AND id < 0\"}").json().getAsJsonObject();
        JsonObject fixtureEmpty = fixture("jira-cli/pr965_search_empty.json");
        fixtureEmpty.remove("nextPageToken");
        assertSameShape("empty", fixtureEmpty, empty);
        assertThat(empty.getAsJsonArray("issues")).isEmpty();
    }

    @Test
    void cloudChangelogPagesLikeTheRealCloudAnswer() {
        JsonObject fake = cloudCalls.get("/rest/api/3/issue/" + longest.id() + "/changelog?startAt=0&maxResults=100").json().getAsJsonObject();
        assertSameShape("changelog", fixture("digitalservicebund/jira-changelog-response-fixture.derived.json"), fake);
        assertSameShape("changelog", fixture("digitalservicebund/jira-changelog-response-without-in-progress.fixture.derived.json"), fake);
    }

    @Test
    void theComparisonCatchesAMissingKeyAndATypeChange() {
        JsonObject fixture = JsonParser.parseString("{\"a\":1,\"b\":{\"c\":\"x\"}}").getAsJsonObject();
        assertThat(differences("t", fixture, JsonParser.parseString("{\"a\":1,\"b\":{\"c\":\"y\",\"d\":2}}"))).isEmpty();
        assertThat(differences("t", fixture, JsonParser.parseString("{\"a\":1,\"b\":{}}"))).containsExactly("t.b.c missing");
        assertThat(differences("t", fixture, JsonParser.parseString("{\"a\":\"1\",\"b\":{\"c\":\"x\"}}")))
                .containsExactly("t.a: fixture number, fake string");
    }

    private static void assertSameShape(String where, JsonElement fixture, JsonElement fake) {
        assertThat(differences(where, fixture, fake)).as("differences from the fixture").isEmpty();
    }

    /** What the fake lacks or types differently compared with the fixture; nulls on either side prove nothing. */
    private static List<String> differences(String where, JsonElement fixture, JsonElement fake) {
        List<String> found = new ArrayList<>();
        compare(where, fixture, fake, found);
        return found;
    }

    private static void compare(String where, JsonElement fixture, JsonElement fake, List<String> found) {
        if (fixture == null || fixture.isJsonNull() || fake == null || fake.isJsonNull()) {
            return;
        }
        String fixtureType = type(fixture);
        String fakeType = type(fake);
        if (!fixtureType.equals(fakeType)) {
            found.add(where + ": fixture " + fixtureType + ", fake " + fakeType);
            return;
        }
        if (fixture.isJsonObject()) {
            boolean fields = where.endsWith(".fields") || where.endsWith(".names") || where.endsWith(".schema");
            for (String key : fixture.getAsJsonObject().keySet()) {
                if (fields && !FIELDS.contains(key)) {
                    continue;
                }
                if (!fake.getAsJsonObject().has(key)) {
                    found.add(where + "." + key + " missing");
                } else {
                    compare(where + "." + key, fixture.getAsJsonObject().get(key), firstNonNull(fake, key), found);
                }
            }
        } else if (fixture.isJsonArray()) {
            JsonArray fixtures = fixture.getAsJsonArray();
            JsonArray fakes = fake.getAsJsonArray();
            if (!fixtures.isEmpty() && !fakes.isEmpty()) {
                for (JsonElement element : fixtures) {
                    compare(where + "[]", element, fakes.get(0), found);
                }
            }
        } else if (fixture.getAsJsonPrimitive().isString() && fixture.getAsString().matches(TIMESTAMP)
                && !fake.getAsString().matches(TIMESTAMP)) {
            found.add(where + ": fixture timestamp " + fixture.getAsString() + ", fake " + fake.getAsString());
        }
    }

    private static JsonElement firstNonNull(JsonElement fake, String key) {
        return fake.getAsJsonObject().get(key);
    }

    private static String type(JsonElement element) {
        if (element.isJsonObject()) {
            return "object";
        }
        if (element.isJsonArray()) {
            return "array";
        }
        if (element.getAsJsonPrimitive().isNumber()) {
            return "number";
        }
        return element.getAsJsonPrimitive().isBoolean() ? "boolean" : "string";
    }

    private static JsonObject fixture(String path) {
        return JsonParser.parseString(JiraFixtures.text(path)).getAsJsonObject();
    }
}
