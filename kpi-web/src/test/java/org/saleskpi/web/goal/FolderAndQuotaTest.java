package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;

class FolderAndQuotaTest {
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
    void deletingAFolderKeepsItsGoals() {
        long folder = api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"Inbound\"}").json().getAsJsonObject()
                .get("id").getAsLong();
        long child = api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"EMEA\",\"parentId\":" + folder + "}")
                .json().getAsJsonObject().get("id").getAsLong();
        long goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Filed\",\"folderId\":" + child + "}")
                .json().getAsJsonObject().get("id").getAsLong();
        assertThat(api.get("alice", "/goals?project=A&folder=" + child).json().getAsJsonObject().get("total").getAsLong())
                .isEqualTo(1);
        assertThat(api.post("bob", "/folders", "{\"project\":\"A\",\"name\":\"Bob's\"}").status()).isEqualTo(403);
        assertThat(api.get("carol", "/folders?project=A").status()).isEqualTo(404);

        JsonObject renamed = api.put("alice", "/folders/" + child, "{\"name\":\"Europe\"}").json().getAsJsonObject();
        assertThat(renamed.get("name").getAsString()).isEqualTo("Europe");
        assertThat(renamed.get("parentId").getAsLong()).isEqualTo(folder);
        assertThat(api.delete("alice", "/folders/" + child).status()).isEqualTo(204);

        // The goal moved up into the deleted folder's parent.
        assertThat(api.get("alice", "/goals/" + goal).json().getAsJsonObject().get("folderId").getAsLong()).isEqualTo(folder);
        assertThat(api.get("bob", "/folders?project=A").json().getAsJsonObject().getAsJsonArray("folders")).hasSize(1);
    }

    @Test
    void settingAQuotaForTheSamePeriodReplacesIt() {
        String q2 = "{\"profileId\":" + profileId + ",\"repKey\":\"bob\",\"startDate\":\"2024-04-01\","
                + "\"endDate\":\"2024-06-30\",\"amount\":";

        ApiServer.Answer first = api.put("alice", "/quotas", q2 + "5000}");
        ApiServer.Answer second = api.put("alice", "/quotas", q2 + "6000.50}");

        assertThat(first.status()).as(first.text()).isEqualTo(200);
        JsonObject quota = second.json().getAsJsonObject();
        assertThat(quota.get("amount").getAsBigDecimal()).isEqualByComparingTo("6000.50");
        assertThat(quota.get("currency").getAsString()).isEqualTo("EUR");
        assertThat(quota.get("endDate").getAsString()).isEqualTo("2024-06-30");
        assertThat(quota.getAsJsonObject("rep").get("displayName").getAsString()).isEqualTo("Bob Viewer");
        JsonObject list = api.get("bob", "/quotas?profile=" + profileId).json().getAsJsonObject();
        assertThat(list.get("total").getAsLong()).isEqualTo(1);

        // Overlapping without matching is refused; viewers may not set quotas; others do not see them.
        ApiServer.Answer overlap = api.put("alice", "/quotas", q2.replace("2024-04-01", "2024-05-01") + "1}");
        assertThat(overlap.status()).isEqualTo(400);
        assertThat(overlap.errorFields()).containsExactly("startDate");
        assertThat(api.put("bob", "/quotas", q2 + "1}").status()).isEqualTo(403);
        assertThat(api.get("carol", "/quotas?profile=" + profileId).status()).isEqualTo(404);

        assertThat(api.delete("alice", "/quotas/" + quota.get("id").getAsLong()).status()).isEqualTo(204);
        assertThat(api.get("alice", "/quotas?profile=" + profileId).json().getAsJsonObject().get("total").getAsLong())
                .isZero();
    }
}
