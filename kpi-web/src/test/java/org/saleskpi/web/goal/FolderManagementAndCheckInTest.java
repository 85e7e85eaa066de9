package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;

/**
 * Folders managed over HTTP with their roll-up progress, and check-ins (ADR 0062), on 10 May 2024: alice
 * administers project A, bob only browses it, carol sees nothing of it.
 */
class FolderManagementAndCheckInTest {
    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = GoalTestWorld.start();
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void eachFolderRollsUpTheMeanProgressOfTheGoalsInItAndBelowIt() {
        long emea = folder("EMEA", null);
        long dach = folder("DACH", emea);
        long empty = folder("Empty", null);
        // EMEA: a goal at 20 %; DACH: a goal at 60 % and one without targets. EMEA's mean: (20 + 60) / 2 = 40 %.
        goalAt("Grow EMEA", emea, 2);
        goalAt("Grow DACH", dach, 6);
        api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Bare\",\"folderId\":" + dach + "}");

        Map<Long, JsonObject> rollUps = rollUps("bob");

        assertThat(rollUps.get(emea).get("goals").getAsInt()).isEqualTo(3);
        assertThat(rollUps.get(emea).get("measured").getAsInt()).isEqualTo(2);
        assertThat(rollUps.get(emea).get("progress").getAsBigDecimal()).isEqualByComparingTo("0.4");
        assertThat(rollUps.get(emea).get("goalsInFolder").getAsInt()).isEqualTo(1);
        assertThat(rollUps.get(dach).get("progress").getAsBigDecimal()).isEqualByComparingTo("0.6");
        assertThat(rollUps.get(dach).get("goalsInFolder").getAsInt()).isEqualTo(2);
        // A folder without goals says so: no progress rather than 0 %.
        assertThat(rollUps.get(empty).get("goals").getAsInt()).isZero();
        assertThat(rollUps.get(empty).get("progress").isJsonNull()).isTrue();
        assertThat(api.get("carol", "/folders/progress?project=A").status()).isEqualTo(404);
        assertThat(api.get("alice", "/folders/progress").errorFields()).containsExactly("project");
    }

    @Test
    void foldersMoveAnywhereButBelowThemselvesAndEveryBadFieldIsNamed() {
        long emea = folder("EMEA", null);
        long dach = folder("DACH", emea);
        long apac = folder("APAC", null);

        ApiServer.Answer intoChild = api.put("alice", "/folders/" + emea, "{\"parentId\":" + dach + "}");
        assertThat(intoChild.status()).isEqualTo(400);
        assertThat(intoChild.errorFields()).containsExactly("parentId");
        assertThat(intoChild.text()).contains("saleskpi.goal.parentId.descendant");
        assertThat(api.put("alice", "/folders/" + emea, "{\"parentId\":" + emea + "}").errorFields())
                .containsExactly("parentId");
        assertThat(api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\" \"}").errorFields())
                .containsExactly("name");
        assertThat(api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"" + "x".repeat(256) + "\"}")
                .errorFields()).containsExactly("name");
        assertThat(api.put("bob", "/folders/" + dach, "{\"name\":\"Mine\"}").status()).isEqualTo(403);
        assertThat(api.delete("bob", "/folders/" + dach).status()).isEqualTo(403);

        JsonObject moved = api.put("alice", "/folders/" + dach, "{\"parentId\":" + apac + ",\"name\":\"D-A-CH\"}")
                .json().getAsJsonObject();
        assertThat(moved.get("parentId").getAsLong()).isEqualTo(apac);
        assertThat(moved.get("name").getAsString()).isEqualTo("D-A-CH");
        JsonObject top = api.put("alice", "/folders/" + dach, "{\"parentId\":null}").json().getAsJsonObject();
        assertThat(top.get("parentId").isJsonNull()).isTrue();
        // Nothing half-written: the refused moves left EMEA at the top.
        assertThat(folders().get(emea).get("parentId").isJsonNull()).isTrue();
    }

    @Test
    void theOwnerWritesCheckInsThatReadBackNewestFirst() {
        JsonObject goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Win May\",\"ownerKey\":\"bob\","
                + "\"checkInCadence\":\"every-two-weeks\"}").json().getAsJsonObject();
        long id = goal.get("id").getAsLong();
        assertThat(goal.get("checkInCadence").getAsString()).isEqualTo("every-two-weeks");

        // bob only browses project A, but owns the goal.
        ApiServer.Answer first = api.post("bob", "/goals/" + id + "/checkins",
                "{\"status\":\"at-risk\",\"text\":\"ACME slipped to June\"}");
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        api.post("alice", "/goals/" + id + "/checkins", "{\"status\":\"on-track\",\"text\":\"Back on track\"}");

        JsonObject read = api.get("bob", "/goals/" + id + "/checkins").json().getAsJsonObject();
        JsonArray checkIns = read.getAsJsonArray("checkIns");
        assertThat(checkIns).hasSize(2);
        assertThat(checkIns.get(0).getAsJsonObject().get("text").getAsString()).isEqualTo("Back on track");
        assertThat(checkIns.get(1).getAsJsonObject().get("status").getAsString()).isEqualTo("at-risk");
        assertThat(checkIns.get(1).getAsJsonObject().getAsJsonObject("author").get("displayName").getAsString())
                .isEqualTo("Bob Viewer");
        assertThat(read.get("cadence").getAsString()).isEqualTo("every-two-weeks");
        assertThat(read.get("overdue").isJsonNull()).isTrue();
        assertThat(api.get("carol", "/goals/" + id + "/checkins").status()).isEqualTo(404);
    }

    @Test
    void aCheckInWithoutStatusOrTextOrTooLongIsRefusedNamingTheField() {
        long id = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Win May\"}").json().getAsJsonObject()
                .get("id").getAsLong();
        String path = "/goals/" + id + "/checkins";

        assertThat(api.post("alice", path, "{\"status\":\"on-track\",\"text\":\"  \"}").errorFields())
                .containsExactly("text");
        ApiServer.Answer tooLong = api.post("alice", path, "{\"status\":\"on-track\",\"text\":\"" + "x".repeat(1001) + "\"}");
        assertThat(tooLong.errorFields()).containsExactly("text");
        assertThat(tooLong.text()).contains("saleskpi.checkIn.text.tooLong");
        assertThat(api.post("alice", path, "{\"text\":\"Fine\"}").errorFields()).containsExactly("status");
        assertThat(api.post("alice", path, "{\"status\":\"great\",\"text\":\"Fine\"}").errorFields())
                .containsExactly("status");
        assertThat(api.put("alice", "/goals/" + id, "{\"version\":1,\"checkInCadence\":\"daily\"}").errorFields())
                .containsExactly("checkInCadence");
        // bob neither owns nor may edit this goal.
        assertThat(api.post("bob", path, "{\"status\":\"on-track\",\"text\":\"Fine\"}").status()).isEqualTo(403);
        assertThat(api.get("alice", path).json().getAsJsonObject().getAsJsonArray("checkIns")).isEmpty();
    }

    private long folder(String name, Long parent) {
        ApiServer.Answer answer = api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"" + name + "\""
                + (parent == null ? "" : ",\"parentId\":" + parent) + "}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.json().getAsJsonObject().get("id").getAsLong();
    }

    /** A goal in the folder with one target of 10 calls, {@code done} of them made. */
    private void goalAt(String name, long folder, int done) {
        JsonObject goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"" + name + "\",\"folderId\":"
                + folder + ",\"targets\":[{\"name\":\"Calls\",\"kind\":\"number\",\"targetValue\":10}]}")
                .json().getAsJsonObject();
        JsonObject target = goal.getAsJsonArray("targets").get(0).getAsJsonObject();
        ApiServer.Answer value = api.post("alice", "/targets/" + target.get("id").getAsLong() + "/value",
                "{\"value\":" + done + ",\"version\":" + target.get("version").getAsLong() + "}");
        assertThat(value.status()).as(value.text()).isEqualTo(200);
    }

    private Map<Long, JsonObject> rollUps(String user) {
        ApiServer.Answer answer = api.get(user, "/folders/progress?project=A");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return byId(answer.json().getAsJsonObject().getAsJsonArray("folders"));
    }

    private Map<Long, JsonObject> folders() {
        return byId(api.get("alice", "/folders?project=A").json().getAsJsonObject().getAsJsonArray("folders"));
    }

    private static Map<Long, JsonObject> byId(JsonArray array) {
        Map<Long, JsonObject> byId = new HashMap<>();
        for (JsonElement element : array) {
            byId.put(element.getAsJsonObject().get("id").getAsLong(), element.getAsJsonObject());
        }
        return byId;
    }
}
