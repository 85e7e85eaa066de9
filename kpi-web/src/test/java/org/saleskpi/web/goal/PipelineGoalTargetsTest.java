package org.saleskpi.web.goal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.ApiServer;

/**
 * Goals aim at the pipeline KPIs of issue 13 over REST, in {@link GoalTestWorld} (10 May 2024; A-1 won 15 April for
 * 100, A-2 won 1 May for 300, A-3 open for 50; the profile names no close date field, so deals close on their
 * resolution date).
 */
class PipelineGoalTargetsTest {
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

    private static String kpiTarget(String name, String kpi, int value) {
        return "{\"name\":\"" + name + "\",\"kind\":\"kpi\",\"kpiKey\":\"" + kpi + "\",\"kpiProfileId\":" + profileId
                + ",\"targetValue\":" + value + "}";
    }

    @Test
    void aGoalAimsAtTheOpenPipelineAndTheForecastAndIsMeasuredNow() {
        ApiServer.Answer created = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Q2 pipeline\","
                + "\"startDate\":\"2024-04-01\",\"dueDate\":\"2024-06-30\",\"targets\":["
                + kpiTarget("Open pipeline", "open-pipeline", 200) + "," + kpiTarget("Forecast", "forecast", 1000) + "]}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().getAsJsonObject().get("id").getAsLong();

        Map<String, JsonObject> byKpi = new HashMap<>();
        for (JsonElement target : api.get("bob", "/goals/" + id).json().getAsJsonObject().getAsJsonArray("targets")) {
            byKpi.put(target.getAsJsonObject().get("kpiKey").getAsString(), target.getAsJsonObject());
        }
        // Open pipeline now: A-3 alone is neither won nor lost, 50 of 200.
        assertThat(byKpi.get("open-pipeline").get("currentValue").getAsBigDecimal()).isEqualByComparingTo("50");
        assertThat(byKpi.get("open-pipeline").get("progress").getAsBigDecimal()).isEqualByComparingTo("0.25");
        // Forecast's headline, won so far in the goal's period: A-1 100 + A-2 300 = 400 of 1000.
        assertThat(byKpi.get("forecast").get("currentValue").getAsBigDecimal()).isEqualByComparingTo("400");
        assertThat(byKpi.get("forecast").get("unavailable").isJsonNull()).isTrue();
    }

    @Test
    void pipelineCoverageDividesByATargetOfItsOwnSoNoGoalAimsAtIt() {
        ApiServer.Answer refused = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Coverage\",\"targets\":["
                + kpiTarget("Coverage", "pipeline-coverage", 3) + "]}");

        assertThat(refused.status()).isEqualTo(400);
        JsonObject error = refused.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
        assertThat(error.get("field").getAsString()).endsWith("kpiKey");
        assertThat(error.get("messageKey").getAsString()).isEqualTo("saleskpi.goal.kpiKey.notTargetable");
        assertThat(error.get("message").getAsString()).contains("pipeline-coverage");
    }

    @Test
    void theKpiCatalogTellsTheGoalFormWhichPipelineKpisCanBeAimedAt() {
        Map<String, Boolean> targetable = new HashMap<>();
        api.get("alice", "/kpis").json().getAsJsonArray().forEach(k -> targetable.put(
                k.getAsJsonObject().get("key").getAsString(), k.getAsJsonObject().get("targetable").getAsBoolean()));

        assertThat(targetable).containsEntry("open-pipeline", true).containsEntry("forecast", true)
                .containsEntry("pipeline-coverage", false).containsEntry("target-attainment", false);
    }
}
