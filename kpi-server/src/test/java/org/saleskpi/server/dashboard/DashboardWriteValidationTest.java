package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;

/**
 * Every write to a dashboard refuses bad input with a 4xx naming the field, and writes nothing: the
 * dashboard list or the dashboard (the witness) reads exactly as before. {@code {dashboard}} stands
 * for the id made in {@link #start()}.
 */
class DashboardWriteValidationTest {
    private static final String LONG = "x".repeat(256);
    private static ApiServer api;
    private static String dashboardId;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(new TestAccess(), List.of(), List.of(), Map.of("alice", "Alice"), Clock.systemUTC(),
                DashboardLifeCycleTest::dashboards);
        dashboardId = api.post("alice", "/dashboards", "{\"name\":\"Mine\"}").json().getAsJsonObject()
                .get("id").getAsString();
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
        String dashboards = "/dashboards";
        String dashboard = "/dashboards/{dashboard}";
        String manyPreferences = IntStream.range(0, 51).mapToObj(i -> "\"k" + i + "\":\"v\"")
                .collect(Collectors.joining(",", "{", "}"));
        return Stream.of(
                new Case("dashboard: name too long", "POST", "/dashboards", "{\"name\":\"" + LONG + "\"}", 400, "name",
                        dashboards),
                new Case("dashboard: unknown layout", "POST", "/dashboards", "{\"name\":\"x\",\"layout\":\"four-columns\"}",
                        400, "layout", dashboards),
                new Case("dashboard: malformed JSON", "POST", "/dashboards", "{name:", 400, "body", dashboards),
                new Case("dashboard edit: version missing", "PUT", dashboard, "{\"name\":\"y\"}", 400, "version", dashboard),
                new Case("dashboard edit: unknown dashboard", "PUT", "/dashboards/987654", "{\"version\":1}", 404, null,
                        dashboard),
                new Case("gadget: unknown type", "POST", dashboard + "/gadgets", "{\"type\":\"radar\",\"column\":0}", 400,
                        "type", dashboard),
                new Case("gadget: column outside the layout", "POST", dashboard + "/gadgets",
                        "{\"type\":\"pie\",\"column\":5}", 400, "column", dashboard),
                new Case("gadget: too many preferences", "POST", dashboard + "/gadgets",
                        "{\"type\":\"pie\",\"column\":0,\"preferences\":" + manyPreferences + "}", 400, "preferences",
                        dashboard),
                new Case("gadget: preference too long", "POST", dashboard + "/gadgets",
                        "{\"type\":\"pie\",\"column\":0,\"preferences\":{\"title\":\"" + "x".repeat(2001) + "\"}}", 400,
                        "preferences.title", dashboard),
                new Case("gadget: preference a number", "POST", dashboard + "/gadgets",
                        "{\"type\":\"pie\",\"column\":0,\"preferences\":{\"days\":30}}", 400, "preferences.days", dashboard),
                new Case("gadget: battery without a goal", "POST", dashboard + "/gadgets",
                        "{\"type\":\"battery\",\"column\":0,\"preferences\":{\"v\":\"1\",\"profile\":\"1\"}}", 400,
                        "preferences.goal", dashboard),
                new Case("gadget: battery with a blank goal", "POST", dashboard + "/gadgets",
                        "{\"type\":\"battery\",\"column\":0,\"preferences\":{\"goal\":\" \"}}", 400,
                        "preferences.goal", dashboard),
                new Case("layout: unknown gadget", "PUT", dashboard + "/layout",
                        "{\"version\":1,\"layout\":\"one-column\",\"gadgets\":[{\"id\":987654,\"column\":0}]}", 400,
                        "gadgets[0].id", dashboard),
                new Case("layout: missing", "PUT", dashboard + "/layout", "{\"version\":1}", 400, "layout", dashboard));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsRefusedByNameAndNothingIsWritten(Case c) {
        String witness = resolve(c.witness());
        String before = api.get("alice", witness).text();

        String path = resolve(c.path());
        ApiServer.Answer answer = "POST".equals(c.method()) ? api.post("alice", path, c.body())
                : api.put("alice", path, c.body());

        assertThat(answer.status()).as(answer.text()).isEqualTo(c.status());
        if (c.field() != null) {
            assertThat(answer.errorFields()).as(answer.text()).contains(c.field());
        }
        assertThat(api.get("alice", witness).text()).isEqualTo(before);
    }

    @Test
    void aBatteryIsSavedWithItsGoalAndItsGoalIsNotTakenAwayLater() {
        String gadgets = resolve("/dashboards/{dashboard}/gadgets");
        ApiServer.Answer added = api.post("alice", gadgets,
                "{\"type\":\"battery\",\"column\":0,\"preferences\":{\"v\":\"1\",\"goal\":\"7\"}}");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String gadget = gadgets + "/" + added.json().getAsJsonObject().get("id").getAsString();
        String before = api.get("alice", resolve("/dashboards/{dashboard}")).text();

        ApiServer.Answer emptied = api.put("alice", gadget, "{\"version\":1,\"preferences\":{\"v\":\"1\"}}");

        assertThat(emptied.status()).as(emptied.text()).isEqualTo(400);
        assertThat(emptied.errorFields()).containsExactly("preferences.goal");
        assertThat(emptied.json().getAsJsonObject().toString()).contains("saleskpi.gadget.goal.required");
        assertThat(api.get("alice", resolve("/dashboards/{dashboard}")).text()).isEqualTo(before);
        api.delete("alice", gadget);
    }

    private static String resolve(String text) {
        return text.replace("{dashboard}", dashboardId);
    }
}
