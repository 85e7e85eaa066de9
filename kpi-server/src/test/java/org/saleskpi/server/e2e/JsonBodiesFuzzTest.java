package org.saleskpi.server.e2e;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.saleskpi.server.RunningServer;

/**
 * Every endpoint that reads a JSON body, sent fuzzed bodies by the admin (who passes every permission check, so
 * the body is what gets read): each is answered or refused clearly, never a 500 or a stack trace, and no request
 * hangs (the fuzz profile's per-input timeout). In the normal build this replays the kept inputs only.
 */
class JsonBodiesFuzzTest {
    /** Method and path of each endpoint; {braces} are ids of things the demo server holds. */
    private static final String[] ENDPOINTS = {"POST /goals", "PUT /goals/{goal}", "POST /goals/{goal}/targets",
        "PUT /targets/{target}", "POST /targets/{target}/value", "POST /folders", "PUT /folders/{folder}",
        "POST /profiles", "POST /profiles/preview", "PUT /profiles/{profile}", "PUT /quotas", "POST /session",
        "POST /users", "PUT /users/fuzzed/password", "POST /tokens", "PUT /projects/ACME/roles/fuzzed",
        "POST /fields", "POST /issues", "PUT /connections/{connection}/my-token", "PUT /connections/{connection}/sync",
        "POST /dashboards", "PUT /dashboards/{dashboard}", "PUT /dashboards/{dashboard}/layout",
        "POST /dashboards/{dashboard}/gadgets", "PUT /dashboards/{dashboard}/gadgets/{gadget}"};

    private static RunningServer server;
    private static Client admin;
    private static String goal;
    private static String target;
    private static String folder;
    private static String dashboard;
    private static String gadget;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.h2();
        Api api = Api.of(server);
        admin = api.admin();
        api.user("fuzzed", "Fuzzed Person");
        goal = firstId(admin.get("/goals")).orElse("1");
        target = firstId(admin.get("/goals/" + goal).object().get("targets")).orElse("1");
        folder = firstId(admin.get("/folders")).orElse("1");
        dashboard = firstId(admin.get("/dashboards")).orElse("1");
        gadget = firstId(admin.get("/dashboards/" + dashboard).object().get("gadgets")).orElse("1");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @FuzzTest(maxDuration = "2m")
    void everyBodyIsAnsweredOrRefusedClearly(FuzzedDataProvider data) {
        String[] endpoint = data.pickValue(ENDPOINTS).split(" ");
        String path = endpoint[1].replace("{goal}", goal).replace("{target}", target).replace("{folder}", folder)
                .replace("{dashboard}", dashboard).replace("{gadget}", gadget).replace("{profile}", "1")
                .replace("{connection}", "1");
        String body = data.consumeBoolean() ? FuzzedJson.object(data) : data.consumeRemainingAsString();
        Answer answer = endpoint[0].equals("PUT") ? admin.put(path, body) : admin.post(path, body);
        ClearAnswers.assertClear(endpoint[0] + " " + path + " " + body, answer);
    }

    private static Optional<String> firstId(Answer answer) {
        return answer.status() == 200 ? firstId(answer.json()) : Optional.empty();
    }

    /** The first member named "id" met in a depth-first walk. */
    private static Optional<String> firstId(JsonElement json) {
        if (json == null || json.isJsonPrimitive() || json.isJsonNull()) {
            return Optional.empty();
        }
        if (json.isJsonObject()) {
            JsonElement id = json.getAsJsonObject().get("id");
            if (id != null && id.isJsonPrimitive()) {
                return Optional.of(id.getAsString());
            }
            return firstOf(List.copyOf(json.getAsJsonObject().asMap().values()));
        }
        return firstOf(json.getAsJsonArray().asList());
    }

    private static Optional<String> firstOf(List<JsonElement> elements) {
        for (JsonElement element : elements) {
            Optional<String> id = firstId(element);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }
}
