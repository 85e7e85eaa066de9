package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;

/**
 * {@code GET /issue-targets?issue=}: in {@link GoalTestWorld}, goal "Spring" of project A (1 April to 30 June)
 * holds targets of bob's (an issues target over project A, one over project B, a KPI target over the profile of
 * A, a number target) and alice's issues target over project A. Bob browses A only.
 */
class IssueTargetsResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = GoalTestWorld.start();
        long profile = GoalTestWorld.profileOfA(api);
        api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Spring\",\"startDate\":\"2024-04-01\","
                + "\"dueDate\":\"2024-06-30\",\"targets\":["
                + "{\"name\":\"Deals of A\",\"kind\":\"issues\",\"jql\":\"project = A\",\"ownerKey\":\"bob\"},"
                + "{\"name\":\"Deals of B\",\"kind\":\"issues\",\"jql\":\"project = B\",\"ownerKey\":\"bob\"},"
                + "{\"name\":\"Revenue\",\"kind\":\"kpi\",\"kpiKey\":\"won-revenue\",\"kpiProfileId\":" + profile
                + ",\"targetValue\":1000,\"ownerKey\":\"bob\"},"
                + "{\"name\":\"Calls\",\"kind\":\"number\",\"targetValue\":10,\"ownerKey\":\"bob\"},"
                + "{\"name\":\"Alice's deals\",\"kind\":\"issues\",\"jql\":\"project = A\"}]}")
                .json();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void aRepSeesOnlyTheirOwnTargetsWhoseQueryHoldsTheIssueMeasuredAsTheGoalsApiMeasuresThem() {
        ApiServer.Answer answer = api.get("bob", "/issue-targets?issue=A-1");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject json = answer.json().getAsJsonObject();
        assertThat(json.get("issue").getAsString()).isEqualTo("A-1");
        JsonArray targets = json.getAsJsonArray("targets");
        assertThat(names(targets)).containsExactly("Deals of A", "Revenue");
        JsonObject deals = targets.get(0).getAsJsonObject();
        // Bob sees A-1, A-2 (resolved) and A-3 (open): 2 of 3.
        assertThat(deals.get("currentValue").getAsBigDecimal()).isEqualByComparingTo("2");
        assertThat(deals.get("targetValue").getAsBigDecimal()).isEqualByComparingTo("3");
        assertThat(deals.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.6666666666");
        assertThat(deals.get("status").getAsString()).isEqualTo("on-track");
        assertThat(deals.getAsJsonObject("goal").get("name").getAsString()).isEqualTo("Spring");
        // Won revenue 1 April to 30 June: A-1 (100) + A-2 (300) of 1000.
        JsonObject revenue = targets.get(1).getAsJsonObject();
        assertThat(revenue.get("currentValue").getAsBigDecimal()).isEqualByComparingTo("400");
        assertThat(revenue.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.4");
        assertThat(revenue.get("status").getAsString()).isEqualTo("at-risk");
    }

    @Test
    void theKeyIsReadCaseInsensitivelyAndAnotherUsersTargetsAreTheirs() {
        assertThat(names(api.get("bob", "/issue-targets?issue=%20a-3%20").json().getAsJsonObject()
                .getAsJsonArray("targets"))).containsExactly("Deals of A", "Revenue");
        assertThat(names(api.get("alice", "/issue-targets?issue=A-2").json().getAsJsonObject()
                .getAsJsonArray("targets"))).containsExactly("Alice's deals");
    }

    @Test
    void anIssueCountingTowardNoneOfTheCallersTargetsAnswersAnEmptyList() {
        ApiServer.Answer answer = api.get("carol", "/issue-targets?issue=B-1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getAsJsonObject().getAsJsonArray("targets")).isEmpty();
    }

    @Test
    void aTextThatIsNoIssueKeyIs400NamingIssue() {
        for (String bad : List.of("", "?issue=", "?issue=A1", "?issue=A-0", "?issue=1-1", "?issue=A-1%20OR%20project%3DB")) {
            ApiServer.Answer answer = api.get("bob", "/issue-targets" + bad);
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.errorFields()).as(bad).containsExactly("issue");
        }
    }

    @Test
    void anIssueTheCallerCannotSeeIs404LikeOneThatDoesNotExist() {
        assertThat(api.get("bob", "/issue-targets?issue=B-1").status()).isEqualTo(404);
        assertThat(api.get("bob", "/issue-targets?issue=A-99").status()).isEqualTo(404);
        assertThat(api.get("bob", "/issue-targets?issue=C-1").status()).isEqualTo(404);
    }

    @Test
    void withoutAUserItIs401() {
        assertThat(api.get(null, "/issue-targets?issue=A-1").status()).isEqualTo(401);
    }

    private static List<String> names(JsonArray targets) {
        return StreamSupport.stream(targets.spliterator(), false).map(JsonElement::getAsJsonObject)
                .map(t -> t.get("name").getAsString()).toList();
    }
}
