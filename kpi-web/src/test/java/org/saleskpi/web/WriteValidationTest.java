package org.saleskpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write refuses bad input with a 4xx naming the field, and writes nothing: what a list or
 * read shows afterwards (the witness) is exactly what it showed before. Placeholders such as
 * {@code {goal}} stand for ids made in {@link #start()}.
 */
class WriteValidationTest {
    private static final String LONG = "x".repeat(256);
    private static ApiServer api;
    private static final Map<String, String> IDS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        api = org.saleskpi.web.goal.GoalTestWorld.start();
        IDS.put("{profile}", String.valueOf(org.saleskpi.web.goal.GoalTestWorld.profileOfA(api)));
        JsonObject goal = api.post("alice", "/goals", "{\"project\":\"A\",\"name\":\"Witness\",\"targets\":["
                + "{\"name\":\"Calls\",\"kind\":\"number\",\"targetValue\":10},"
                + "{\"name\":\"Done\",\"kind\":\"true-false\"},"
                + "{\"name\":\"Revenue\",\"kind\":\"kpi\",\"kpiKey\":\"won-revenue\",\"kpiProfileId\":"
                + IDS.get("{profile}") + ",\"targetValue\":1000}]}").json().getAsJsonObject();
        IDS.put("{goal}", goal.get("id").getAsString());
        IDS.put("{number}", goal.getAsJsonArray("targets").get(0).getAsJsonObject().get("id").getAsString());
        IDS.put("{true-false}", goal.getAsJsonArray("targets").get(1).getAsJsonObject().get("id").getAsString());
        IDS.put("{kpi}", goal.getAsJsonArray("targets").get(2).getAsJsonObject().get("id").getAsString());
        IDS.put("{folder}", api.post("alice", "/folders", "{\"project\":\"A\",\"name\":\"Inbound\"}").json()
                .getAsJsonObject().get("id").getAsString());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    record Case(String name, String method, String path, String body, int status, String field, String witness) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String goals = "/goals?project=A";
        String goal = "/goals/{goal}";
        String history = "/targets/{number}/history";
        String folders = "/folders?project=A";
        String quotas = "/quotas?profile={profile}";
        return Stream.of(
                new Case("goal: malformed JSON", "POST", "/goals", "{\"project\":\"A\",", 400, "body", goals),
                new Case("goal: an array", "POST", "/goals", "[]", 400, "body", goals),
                new Case("goal: name missing", "POST", "/goals", "{\"project\":\"A\"}", 400, "name", goals),
                new Case("goal: name a number", "POST", "/goals", "{\"project\":\"A\",\"name\":5}", 400, "name", goals),
                new Case("goal: name too long", "POST", "/goals", "{\"project\":\"A\",\"name\":\"" + LONG + "\"}", 400,
                        "name", goals),
                new Case("goal: project missing", "POST", "/goals", "{\"name\":\"x\"}", 400, "project", goals),
                new Case("goal: bad date", "POST", "/goals", "{\"project\":\"A\",\"name\":\"x\",\"dueDate\":\"2024-13-01\"}",
                        400, "dueDate", goals),
                new Case("goal: due before start", "POST", "/goals",
                        "{\"project\":\"A\",\"name\":\"x\",\"startDate\":\"2024-06-01\",\"dueDate\":\"2024-05-01\"}", 400,
                        "dueDate", goals),
                new Case("goal: unknown folder", "POST", "/goals", "{\"project\":\"A\",\"name\":\"x\",\"folderId\":987654}",
                        400, "folderId", goals),
                new Case("goal: unknown owner", "POST", "/goals", "{\"project\":\"A\",\"name\":\"x\",\"ownerKey\":\"nobody\"}",
                        400, "ownerKey", goals),
                new Case("goal: bad colour", "POST", "/goals", "{\"project\":\"A\",\"name\":\"x\",\"colour\":\"blue\"}",
                        400, "colour", goals),
                new Case("goal: an inline target of unknown kind", "POST", "/goals",
                        "{\"project\":\"A\",\"name\":\"x\",\"targets\":[{\"name\":\"t\",\"kind\":\"weird\"}]}", 400,
                        "targets[0].kind", goals),
                new Case("goal: targets not a list", "POST", "/goals", "{\"project\":\"A\",\"name\":\"x\",\"targets\":7}",
                        400, "targets", goals),
                new Case("goal edit: version missing", "PUT", goal, "{\"name\":\"y\"}", 400, "version", goal),
                new Case("goal edit: version text", "PUT", goal, "{\"version\":\"1\",\"name\":\"y\"}", 400, "version", goal),
                new Case("goal edit: bad date", "PUT", goal, "{\"version\":1,\"startDate\":\"10/05/2024\"}", 400,
                        "startDate", goal),
                new Case("goal edit: unknown folder", "PUT", goal, "{\"version\":1,\"folderId\":987654}", 400, "folderId",
                        goal),
                new Case("goal edit: description a list", "PUT", goal, "{\"version\":1,\"description\":[]}", 400,
                        "description", goal),
                new Case("goal edit: unknown goal", "PUT", "/goals/987654", "{\"version\":1,\"name\":\"y\"}", 404, null,
                        goal),
                new Case("goal archive: version missing", "POST", goal + "/archive", "{}", 400, "version", goal),
                new Case("target: unknown KPI profile", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"kpi\",\"kpiKey\":\"won-revenue\",\"kpiProfileId\":987654,\"targetValue\":1}",
                        400, "kpiProfileId", goal),
                new Case("target: JQL Jira cannot run", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"issues\",\"jql\":\"status = Open\"}", 400, "jql", goal),
                new Case("target: unknown currency", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"currency\",\"currency\":\"XYZ\",\"targetValue\":1}", 400, "currency", goal),
                new Case("target: target value missing", "POST", goal + "/targets", "{\"name\":\"t\",\"kind\":\"number\"}",
                        400, "targetValue", goal),
                new Case("target: target value text", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"number\",\"targetValue\":\"ten\"}", 400, "targetValue", goal),
                new Case("target: unknown owner", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"number\",\"targetValue\":1,\"ownerKey\":\"nobody\"}", 400, "ownerKey", goal),
                new Case("target: unit too long", "POST", goal + "/targets",
                        "{\"name\":\"t\",\"kind\":\"number\",\"targetValue\":1,\"unitLabel\":\"" + LONG + "\"}", 400,
                        "unitLabel", goal),
                new Case("target: on an unknown goal", "POST", "/goals/987654/targets",
                        "{\"name\":\"t\",\"kind\":\"number\",\"targetValue\":1}", 404, null, goal),
                new Case("target edit: version missing", "PUT", "/targets/{number}", "{\"name\":\"y\"}", 400, "version", goal),
                new Case("target edit: weight not above 0", "PUT", "/targets/{number}", "{\"version\":1,\"weight\":-1}",
                        400, "weight", goal),
                new Case("target edit: value through the definition", "PUT", "/targets/{number}",
                        "{\"version\":1,\"currentValue\":3}", 400, "currentValue", goal),
                new Case("target edit: another kind", "PUT", "/targets/{number}", "{\"version\":1,\"kind\":\"true-false\"}",
                        400, "kind", goal),
                new Case("value: text", "POST", "/targets/{number}/value", "{\"value\":\"5\"}", 400, "value", history),
                new Case("value: missing", "POST", "/targets/{number}/value", "{\"note\":\"n\"}", 400, "value", history),
                new Case("value: note too long", "POST", "/targets/{number}/value",
                        "{\"value\":1,\"note\":\"" + "x".repeat(4001) + "\"}", 400, "note", history),
                new Case("value: true/false takes a boolean", "POST", "/targets/{true-false}/value", "{\"value\":1}", 400,
                        "value", goal),
                new Case("value: a KPI is computed", "POST", "/targets/{kpi}/value", "{\"value\":1}", 400, "value", goal),
                new Case("value: unknown target", "POST", "/targets/987654/value", "{\"value\":1}", 404, null, goal),
                new Case("history: bad page size", "GET", "/targets/{number}/history?maxResults=abc", null, 400,
                        "maxResults", goal),
                new Case("folder: name too long", "POST", "/folders", "{\"project\":\"A\",\"name\":\"" + LONG + "\"}", 400,
                        "name", folders),
                new Case("folder: unknown parent", "POST", "/folders", "{\"project\":\"A\",\"name\":\"x\",\"parentId\":987654}",
                        400, "parentId", folders),
                new Case("folder: name a boolean", "PUT", "/folders/{folder}", "{\"name\":true}", 400, "name", folders),
                new Case("folder: its own parent", "PUT", "/folders/{folder}", "{\"parentId\":{folder}}", 400, "parentId",
                        folders),
                new Case("folder: unknown folder", "PUT", "/folders/987654", "{\"name\":\"x\"}", 404, null, folders),
                new Case("quota: unknown profile", "PUT", "/quotas", quota("987654", "bob", "2024-04-01", "2024-06-30", "5"),
                        400, "profileId", quotas),
                new Case("quota: unknown rep", "PUT", "/quotas", quota("{profile}", "nobody", "2024-04-01", "2024-06-30", "5"),
                        400, "repKey", quotas),
                new Case("quota: bad date", "PUT", "/quotas", quota("{profile}", "bob", "2024-02-30", "2024-06-30", "5"),
                        400, "startDate", quotas),
                new Case("quota: end before start", "PUT", "/quotas",
                        quota("{profile}", "bob", "2024-06-30", "2024-04-01", "5"), 400, "endDate", quotas),
                new Case("quota: negative amount", "PUT", "/quotas", quota("{profile}", "bob", "2024-04-01", "2024-06-30", "-5"),
                        400, "amount", quotas),
                new Case("quota: amount text", "PUT", "/quotas",
                        quota("{profile}", "bob", "2024-04-01", "2024-06-30", "\"5\""), 400, "amount", quotas));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedByNameAndNothingIsWritten(Case c) {
        String witness = resolve(c.witness());
        String before = api.get("alice", witness).text();

        ApiServer.Answer answer = send(c.method(), resolve(c.path()), c.body() == null ? null : resolve(c.body()));

        assertThat(answer.status()).as(answer.text()).isEqualTo(c.status());
        if (c.field() != null) {
            assertThat(answer.errorFields()).as(answer.text()).contains(c.field());
        }
        assertThat(api.get("alice", witness).text()).isEqualTo(before);
    }

    private static String quota(String profile, String rep, String start, String end, String amount) {
        return "{\"profileId\":" + profile + ",\"repKey\":\"" + rep + "\",\"startDate\":\"" + start
                + "\",\"endDate\":\"" + end + "\",\"amount\":" + amount + "}";
    }

    private static ApiServer.Answer send(String method, String path, String body) {
        switch (method) {
            case "GET":
                return api.get("alice", path);
            case "POST":
                return api.post("alice", path, body);
            case "PUT":
                return api.put("alice", path, body);
            default:
                throw new IllegalArgumentException(method);
        }
    }

    private static String resolve(String text) {
        String resolved = text;
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            resolved = resolved.replace(id.getKey(), id.getValue());
        }
        return resolved;
    }
}
