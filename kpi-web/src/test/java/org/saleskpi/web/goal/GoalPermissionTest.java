package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;

class GoalPermissionTest {
    private static ApiServer api;
    private static long goalOfA;
    private static long goalOfB;
    private static long bobsTarget;
    private static long alicesTarget;

    @BeforeAll
    static void start() throws Exception {
        api = GoalTestWorld.start();
        JsonObject a = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"A goal\",\"targets\":["
                + "{\"name\":\"Bob's calls\",\"kind\":\"number\",\"targetValue\":10,\"ownerKey\":\"bob\"},"
                + "{\"name\":\"Alice's calls\",\"kind\":\"number\",\"targetValue\":10}]}").json().getAsJsonObject();
        goalOfA = a.get("id").getAsLong();
        bobsTarget = a.getAsJsonArray("targets").get(0).getAsJsonObject().get("id").getAsLong();
        alicesTarget = a.getAsJsonArray("targets").get(1).getAsJsonObject().get("id").getAsLong();
        goalOfB = api.post("carol", "/goals", "{\"project\":\"B\",\"name\":\"B goal\"}").json().getAsJsonObject()
                .get("id").getAsLong();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void aViewerOfOneProjectFindsNoGoalOfAnother() {
        assertThat(api.get("bob", "/goals/" + goalOfB).status()).isEqualTo(404);
        assertThat(api.get("bob", "/goals?project=B").status()).isEqualTo(404);
        assertThat(api.put("bob", "/goals/" + goalOfB, "{\"version\":1,\"name\":\"x\"}").status()).isEqualTo(404);
        assertThat(api.delete("bob", "/goals/" + goalOfB).status()).isEqualTo(404);
        // Not found looks the same as never existing.
        assertThat(api.get("bob", "/goals/999999").status()).isEqualTo(404);
    }

    @Test
    void aViewerReadsButCannotChangeTheProjectsGoals() {
        long version = api.get("bob", "/goals/" + goalOfA).json().getAsJsonObject().get("version").getAsLong();

        assertThat(api.get("bob", "/goals/" + goalOfA).status()).isEqualTo(200);
        assertThat(api.put("bob", "/goals/" + goalOfA, "{\"version\":" + version + ",\"name\":\"Mine\"}").status())
                .isEqualTo(403);
        assertThat(api.delete("bob", "/goals/" + goalOfA).status()).isEqualTo(403);
        assertThat(api.post("bob", "/goals", "{\"project\":\"A\",\"name\":\"Bob's\"}").status()).isEqualTo(403);
        assertThat(api.post("bob", "/goals/" + goalOfA + "/targets", "{\"name\":\"t\",\"kind\":\"number\",\"targetValue\":1}")
                .status()).isEqualTo(403);
        assertThat(api.delete("bob", "/targets/" + alicesTarget).status()).isEqualTo(403);
        assertThat(api.get("bob", "/goals/" + goalOfA).json().getAsJsonObject().get("name").getAsString())
                .isEqualTo("A goal");
    }

    @Test
    void aTargetsOwnerWhoOnlyViewsMayEnterItsValueButNoOtherTargets() {
        ApiServer.Answer own = api.post("bob", "/targets/" + bobsTarget + "/value", "{\"value\":4}");
        ApiServer.Answer other = api.post("bob", "/targets/" + alicesTarget + "/value", "{\"value\":4}");

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().getAsJsonObject().get("currentValue").getAsBigDecimal()).isEqualByComparingTo("4");
        assertThat(other.status()).isEqualTo(403);
        assertThat(api.get("bob", "/targets/" + alicesTarget + "/history").json().getAsJsonObject().get("total")
                .getAsLong()).isZero();
        // The owner still may not redefine the target: that is the administrators' part.
        assertThat(api.put("bob", "/targets/" + bobsTarget, "{\"version\":1,\"name\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void withoutAUserEveryGoalCallIs401() {
        assertThat(api.get(null, "/goals?project=A").status()).isEqualTo(401);
        assertThat(api.get(null, "/goals/" + goalOfA).status()).isEqualTo(401);
        assertThat(api.post(null, "/targets/" + bobsTarget + "/value", "{\"value\":1}").status()).isEqualTo(401);
    }

    @Test
    void issuesTargetsCountOnlyWhatTheCallerMayBrowse() {
        // carol browses B only; a target over every issue counts B-1 for her and A's three for alice.
        api.access().browse("alice", "B");
        JsonObject goal = api.post("carol", "/goals", "{\"project\":\"B\",\"name\":\"All issues\",\"targets\":["
                + "{\"name\":\"Everything\",\"kind\":\"issues\",\"jql\":\"project = A\"}]}").json().getAsJsonObject();
        long id = goal.get("id").getAsLong();

        JsonObject asCarol = api.get("carol", "/goals/" + id).json().getAsJsonObject();
        JsonObject asAlice = api.get("alice", "/goals/" + id).json().getAsJsonObject();

        assertThat(asCarol.getAsJsonArray("targets").get(0).getAsJsonObject().get("targetValue").getAsInt()).isZero();
        assertThat(asAlice.getAsJsonArray("targets").get(0).getAsJsonObject().get("targetValue").getAsInt()).isEqualTo(3);
    }
}
