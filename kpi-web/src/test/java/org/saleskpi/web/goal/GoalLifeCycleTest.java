package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.web.ApiServer;

class GoalLifeCycleTest {
    private static ApiServer api;
    private static long profileId;

    @BeforeAll
    static void start() throws Exception {
        api = GoalTestWorld.start();
        profileId = GoalTestWorld.profileOfA(api);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void aNewGoalNeedsOnlyProjectAndNameAndDefaultsTheRest() {
        ApiServer.Answer created = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Q2 push\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonObject goal = created.json().getAsJsonObject();
        assertThat(goal.getAsJsonObject("owner").get("key").getAsString()).isEqualTo("alice");
        assertThat(goal.getAsJsonObject("owner").get("displayName").getAsString()).isEqualTo("Alice Admin");
        // Today in the server clock is 10 May 2024; its calendar quarter ends 30 June.
        assertThat(goal.get("startDate").getAsString()).isEqualTo("2024-05-10");
        assertThat(goal.get("dueDate").getAsString()).isEqualTo("2024-06-30");
        assertThat(goal.get("colour").getAsString()).isEqualTo("#0052CC");
        assertThat(goal.get("version").getAsLong()).isPositive();
        assertThat(goal.get("progress").isJsonNull()).isTrue();
        assertThat(goal.getAsJsonArray("targets")).isEmpty();
    }

    @Test
    void aGoalWithOneTargetOfEachKindIsMeasuredUpdatedAndDeleted() {
        JsonObject goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Spring\"}").json().getAsJsonObject();
        long goalId = goal.get("id").getAsLong();

        // Move the start back so the goal runs 1 April to 30 June: 91 days, 39 of them over on 10 May.
        ApiServer.Answer edited = api.put("alice", "/goals/" + goalId,
                "{\"version\":" + goal.get("version") + ",\"startDate\":\"2024-04-01\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().getAsJsonObject().get("elapsedShare").getAsBigDecimal())
                .isEqualByComparingTo("0.4285714285");

        Map<String, Long> ids = new HashMap<>();
        ids.put("number", addTarget(goalId, "{\"name\":\"Calls\",\"kind\":\"number\",\"targetValue\":10,"
                + "\"unitLabel\":\"calls\",\"ownerKey\":\"bob\"}"));
        ids.put("currency", addTarget(goalId, "{\"name\":\"Pipeline\",\"kind\":\"currency\",\"currency\":\"EUR\","
                + "\"targetValue\":1000}"));
        ids.put("true-false", addTarget(goalId, "{\"name\":\"Playbook\",\"kind\":\"true-false\"}"));
        ids.put("issues", addTarget(goalId, "{\"name\":\"Deals closed\",\"kind\":\"issues\",\"jql\":\"project = A\"}"));
        ids.put("kpi", addTarget(goalId, "{\"name\":\"Revenue\",\"kind\":\"kpi\",\"kpiKey\":\"won-revenue\","
                + "\"kpiProfileId\":" + profileId + ",\"targetValue\":1000}"));

        JsonObject read = api.get("bob", "/goals/" + goalId).json().getAsJsonObject();
        Map<String, JsonObject> byKind = byKind(read.getAsJsonArray("targets"));
        assertThat(byKind.keySet()).containsExactlyInAnyOrder("number", "currency", "true-false", "issues", "kpi");
        // Every kind there is was sent, and each carries its own settings and no other's.
        assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(everyTargetKindKey());
        assertThat(byKind.get("currency").get("currency").getAsString()).isEqualTo("EUR");
        assertThat(byKind.get("issues").get("jql").getAsString()).isEqualTo("project = A");
        assertThat(byKind.get("kpi").get("kpiKey").getAsString()).isEqualTo("won-revenue");
        for (String plain : List.of("number", "true-false")) {
            assertThat(byKind.get(plain).keySet()).as(plain)
                    .doesNotContain("currency", "jql", "kpiKey", "kpiProfileId");
        }
        // Issues: resolved of three matching: 2 / 3.
        assertThat(byKind.get("issues").get("currentValue").getAsInt()).isEqualTo(2);
        assertThat(byKind.get("issues").get("targetValue").getAsInt()).isEqualTo(3);
        assertThat(byKind.get("issues").get("progress").getAsBigDecimal()).isEqualByComparingTo("0.6666666666");
        assertThat(byKind.get("issues").get("jql").getAsString()).isEqualTo("project = A");
        // KPI: won revenue 1 April - 30 June is A-1 + A-2 = 400 of 1000.
        assertThat(byKind.get("kpi").get("currentValue").getAsBigDecimal()).isEqualByComparingTo("400");
        assertThat(byKind.get("kpi").get("progress").getAsBigDecimal()).isEqualByComparingTo("0.4");
        assertThat(byKind.get("kpi").get("status").getAsString()).isEqualTo("at-risk");
        assertThat(byKind.get("currency").get("currency").getAsString()).isEqualTo("EUR");
        assertThat(byKind.get("number").get("status").getAsString()).isEqualTo("off-track");
        assertThat(byKind.get("number").getAsJsonObject("owner").get("key").getAsString()).isEqualTo("bob");
        // (2/3 + 0.4 + 0 + 0 + 0) / 5
        assertThat(read.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.2133333333");
        assertThat(read.get("status").getAsString()).isEqualTo("off-track");

        // bob owns the number target and only browses A: he may still enter its value.
        long number = ids.get("number");
        ApiServer.Answer first = api.post("bob", "/targets/" + number + "/value", "{\"value\":3,\"note\":\"first calls\"}");
        assertThat(first.status()).isEqualTo(200);
        ApiServer.Answer second = api.post("bob", "/targets/" + number + "/value", "{\"value\":5,\"note\":\"week two\"}");
        assertThat(second.json().getAsJsonObject().get("progress").getAsBigDecimal()).isEqualByComparingTo("0.5");
        assertThat(second.json().getAsJsonObject().get("status").getAsString()).isEqualTo("on-track");
        api.post("alice", "/targets/" + ids.get("true-false") + "/value", "{\"value\":true}");

        JsonArray changes = api.get("bob", "/targets/" + number + "/history").json().getAsJsonObject()
                .getAsJsonArray("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).getAsJsonObject().get("note").getAsString()).isEqualTo("week two");
        assertThat(changes.get(0).getAsJsonObject().get("oldValue").getAsBigDecimal()).isEqualByComparingTo("3");
        assertThat(changes.get(0).getAsJsonObject().get("newValue").getAsBigDecimal()).isEqualByComparingTo("5");
        assertThat(changes.get(0).getAsJsonObject().getAsJsonObject("changedBy").get("key").getAsString())
                .isEqualTo("bob");
        assertThat(changes.get(1).getAsJsonObject().get("note").getAsString()).isEqualTo("first calls");

        JsonObject after = api.get("alice", "/goals/" + goalId).json().getAsJsonObject();
        // (2/3 + 0.4 + 0 + 1 + 0.5) / 5
        assertThat(after.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.5133333333");
        assertThat(after.get("status").getAsString()).isEqualTo("on-track");

        // An edit made with the version read before the last change loses: 409, and nothing changes.
        ApiServer.Answer stale = api.put("alice", "/goals/" + goalId,
                "{\"version\":" + goal.get("version") + ",\"name\":\"Stale\"}");
        assertThat(stale.status()).isEqualTo(409);
        long targetVersion = byKind.get("number").get("version").getAsLong();
        ApiServer.Answer staleTarget = api.put("alice", "/targets/" + number,
                "{\"version\":" + targetVersion + ",\"name\":\"Stale\"}");
        assertThat(staleTarget.status()).isEqualTo(409);
        assertThat(api.get("alice", "/goals/" + goalId).json().getAsJsonObject().get("name").getAsString())
                .isEqualTo("Spring");

        assertThat(api.delete("alice", "/targets/" + ids.get("currency")).status()).isEqualTo(204);
        assertThat(api.get("alice", "/goals/" + goalId).json().getAsJsonObject().getAsJsonArray("targets")).hasSize(4);
        assertThat(api.delete("alice", "/goals/" + goalId).status()).isEqualTo(204);
        assertThat(api.get("alice", "/goals/" + goalId).status()).isEqualTo(404);
        assertThat(api.get("alice", "/targets/" + number + "/history").status()).isEqualTo(404);
    }

    @Test
    void archivedGoalsLeaveTheDefaultListAndComeBack() {
        JsonObject goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"To archive\"}").json()
                .getAsJsonObject();
        long id = goal.get("id").getAsLong();

        JsonObject archived = api.post("alice", "/goals/" + id + "/archive", "{\"version\":" + goal.get("version") + "}")
                .json().getAsJsonObject();

        assertThat(archived.get("archived").getAsBoolean()).isTrue();
        assertThat(names("/goals?project=A")).doesNotContain("To archive");
        assertThat(names("/goals?project=A&archived=true")).contains("To archive");
        api.post("alice", "/goals/" + id + "/restore", "{\"version\":" + archived.get("version") + "}");
        assertThat(names("/goals?project=A")).contains("To archive");
    }

    @Test
    void theListIsPagedAndBounded() {
        for (int i = 0; i < 3; i++) {
            api.post("carol", "/goals", "{\"project\":\"B\",\"name\":\"B goal " + i + "\"}");
        }

        JsonObject page = api.get("carol", "/goals?project=B&startAt=1&maxResults=1").json().getAsJsonObject();
        JsonObject huge = api.get("carol", "/goals?project=B&maxResults=100000").json().getAsJsonObject();

        assertThat(page.get("total").getAsLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("startAt").getAsInt()).isEqualTo(1);
        assertThat(page.getAsJsonArray("goals")).hasSize(1);
        assertThat(huge.get("maxResults").getAsInt()).isEqualTo(200);
        assertThat(api.get("carol", "/goals?project=B&maxResults=0").errorFields()).containsExactly("maxResults");
    }

    private static java.util.List<String> names(String path) {
        java.util.List<String> names = new java.util.ArrayList<>();
        api.get("alice", path).json().getAsJsonObject().getAsJsonArray("goals")
                .forEach(g -> names.add(g.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static List<String> everyTargetKindKey() {
        return Arrays.stream(TargetKind.class.getPermittedSubclasses()).map(kind -> {
            try {
                return (String) kind.getField("KEY").get(null);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(kind + " has no KEY", e);
            }
        }).toList();
    }

    private static long addTarget(long goalId, String json) {
        ApiServer.Answer answer = api.post("alice", "/goals/" + goalId + "/targets", json);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().getAsJsonObject().get("id").getAsLong();
    }

    private static Map<String, JsonObject> byKind(JsonArray targets) {
        Map<String, JsonObject> byKind = new HashMap<>();
        targets.forEach(t -> byKind.put(t.getAsJsonObject().get("kind").getAsString(), t.getAsJsonObject()));
        return byKind;
    }
}
