package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.server.e2e.Api.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;

/**
 * A goal's life on the real server, on each database: created with defaults, given targets, its
 * values entered by a rep who only views the project, guarded against stale edits, and all of it
 * still there after a restart. {@code GoalLifeCycleOnH2Test} and {@code GoalLifeCycleOnPostgresTest} run it.
 */
abstract class GoalLifeCycle {

    /** A server without the demo on the database under test. */
    abstract RunningServer start() throws Exception;

    @Test
    void aGoalWithTargetsAndHistorySurvivesARestart() throws Exception {
        try (RunningServer server = start()) {
            Api api = Api.of(server);
            api.user("olga", "Olga Owner");
            api.role("ACME", "olga", "viewer");
            Client admin = api.admin();

            Answer created = admin.post("/goals", json("project", "ACME", "name", "Spring calls"));

            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long goal = created.number("id").longValue();
            LocalDate today = LocalDate.now();
            assertThat(created.text("owner.key")).isEqualTo("admin");
            assertThat(created.text("startDate")).isEqualTo(today.toString());
            assertThat(created.text("dueDate")).isEqualTo(YearMonth.of(today.getYear(),
                    ((today.getMonthValue() - 1) / 3 + 1) * 3).atEndOfMonth().toString());
            assertThat(created.text("colour")).isEqualTo("#0052CC");
            assertThat(created.at("progress").isJsonNull()).isTrue();

            // A first half of 2024 long over: the whole time has elapsed, so status is progress alone.
            Answer edited = admin.put("/goals/" + goal, json("version", created.number("version"),
                    "startDate", "2024-01-01", "dueDate", "2024-06-30"));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            long calls = addTarget(admin, goal, json("name", "Calls", "kind", "number", "targetValue", 10,
                    "unitLabel", "calls", "ownerKey", "olga"));
            long meetings = addTarget(admin, goal, json("name", "Meetings", "kind", "number", "targetValue", 4));

            Client olga = api.as("olga");
            Answer first = olga.post("/targets/" + calls + "/value", json("value", 4, "note", "first week"));
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            assertThat(first.number("progress")).isEqualByComparingTo("0.4");
            assertThat(first.text("status")).isEqualTo("off-track");
            Answer second = olga.post("/targets/" + calls + "/value", json("value", 9, "note", "second week"));
            assertThat(second.number("progress")).isEqualByComparingTo("0.9");
            assertThat(second.text("status")).isEqualTo("at-risk");

            Answer notHers = olga.post("/targets/" + meetings + "/value", json("value", 4, "note", "not mine"));
            assertThat(notHers.status()).isEqualTo(403);
            assertThat(olga.get("/targets/" + meetings + "/history").object().getAsJsonArray("changes")).isEmpty();

            Answer stale = admin.put("/goals/" + goal, json("version", created.number("version"), "name", "Stale"));
            assertThat(stale.status()).isEqualTo(409);

            JsonObject before = admin.get("/goals/" + goal).object();
            // (0.9 + 0) / 2
            assertThat(before.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.45");
            assertThat(before.get("status").getAsString()).isEqualTo("off-track");

            server.restart();
            api.forgetAdmin();

            JsonObject after = api.admin().get("/goals/" + goal).object();
            assertThat(after.get("name").getAsString()).isEqualTo("Spring calls");
            assertThat(after.get("startDate").getAsString()).isEqualTo("2024-01-01");
            assertThat(after.get("progress").getAsBigDecimal()).isEqualByComparingTo("0.45");
            assertThat(after.getAsJsonArray("targets")).hasSize(2);
            JsonArray history = api.as("olga").get("/targets/" + calls + "/history").object()
                    .getAsJsonArray("changes");
            assertThat(history).hasSize(2);
            JsonObject newest = history.get(0).getAsJsonObject();
            assertThat(newest.get("note").getAsString()).isEqualTo("second week");
            assertThat(newest.get("oldValue").getAsBigDecimal()).isEqualByComparingTo("4");
            assertThat(newest.get("newValue").getAsBigDecimal()).isEqualByComparingTo("9");
            assertThat(newest.getAsJsonObject("changedBy").get("key").getAsString()).isEqualTo("olga");
            assertThat(history.get(1).getAsJsonObject().get("note").getAsString()).isEqualTo("first week");
        }
    }

    @Test
    void aGoalThatHasNotBegunIsNotStartedAndRefusesValuesUntilItDoes() throws Exception {
        try (RunningServer server = start()) {
            Api api = Api.of(server);
            Client admin = api.admin();
            // Starts in ten days in any time zone the server may run in.
            LocalDate start = LocalDate.now().plusDays(10);
            Answer created = admin.post("/goals", json("project", "ACME", "name", "Next month's calls",
                    "startDate", start.toString(), "dueDate", start.plusDays(30).toString()));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long goal = created.number("id").longValue();
            long calls = addTarget(admin, goal, json("name", "Calls", "kind", "number", "targetValue", 10));
            JsonObject before = admin.get("/goals/" + goal).object();
            assertThat(before.get("status").getAsString()).isEqualTo("not-started");
            JsonObject target = before.getAsJsonArray("targets").get(0).getAsJsonObject();
            assertThat(target.get("status").getAsString()).isEqualTo("not-started");

            Answer early = admin.post("/targets/" + calls + "/value", json("value", 4, "note", "too soon"));

            assertThat(early.status()).as(early.body()).isEqualTo(400);
            assertThat(early.errorFields()).containsExactly("value");
            JsonObject error = early.object().getAsJsonArray("errors").get(0).getAsJsonObject();
            assertThat(error.get("messageKey").getAsString()).isEqualTo("saleskpi.goal.value.beforeStart");
            assertThat(error.get("message").getAsString()).contains(start.toString());
            // Nothing written: no history entry, the same value and version.
            assertThat(admin.get("/targets/" + calls + "/history").object().getAsJsonArray("changes")).isEmpty();
            JsonObject after = admin.get("/goals/" + goal).object().getAsJsonArray("targets").get(0).getAsJsonObject();
            assertThat(after.get("currentValue").getAsBigDecimal()).isEqualByComparingTo("0");
            assertThat(after.get("version")).isEqualTo(target.get("version"));

            // Moved to start today, the same value is taken and the goal is measured against its pace.
            Answer moved = admin.put("/goals/" + goal, json("version", before.get("version").getAsLong(),
                    "startDate", LocalDate.now().toString()));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            Answer onTime = admin.post("/targets/" + calls + "/value", json("value", 4, "note", "day one"));
            assertThat(onTime.status()).as(onTime.body()).isEqualTo(200);
            assertThat(onTime.text("status")).isEqualTo("on-track");
        }
    }

    private static long addTarget(Client admin, long goal, String json) {
        Answer answer = admin.post("/goals/" + goal + "/targets", json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.number("id").longValue();
    }
}
