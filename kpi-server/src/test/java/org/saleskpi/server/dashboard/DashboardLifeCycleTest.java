package org.saleskpi.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.auth.AuthSchema;
import org.saleskpi.server.auth.ProjectRoles;
import org.saleskpi.store.AoSession;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.RestServices;
import org.saleskpi.web.TestAccess;

class DashboardLifeCycleTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(new TestAccess(), List.of(), List.of(), Map.of("ann", "Ann", "ben", "Ben"),
                Clock.systemUTC(), DashboardLifeCycleTest::dashboards);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @Test
    void aDashboardIsBuiltArrangedAndDeletedByItsOwner() {
        ApiServer.Answer created = api.post("ann", "/dashboards", "{\"name\":\"Pipeline\"}");
        assertThat(created.status()).isEqualTo(201);
        JsonObject dashboard = created.json().getAsJsonObject();
        String path = "/dashboards/" + dashboard.get("id").getAsLong();
        assertThat(dashboard.get("layout").getAsString()).isEqualTo("two-columns");
        assertThat(dashboard.getAsJsonObject("owner").get("displayName").getAsString()).isEqualTo("Ann");

        JsonObject pie = api.post("ann", path + "/gadgets",
                "{\"type\":\"pie\",\"column\":0,\"preferences\":{\"figure\":\"amount\",\"period\":\"this-quarter\"}}")
                .json().getAsJsonObject();
        JsonObject line = api.post("ann", path + "/gadgets", "{\"type\":\"line\",\"column\":0,\"position\":0}").json()
                .getAsJsonObject();
        JsonObject table = api.post("ann", path + "/gadgets", "{\"type\":\"table\",\"column\":1}").json().getAsJsonObject();
        // The line went on top of column 0, pushing the pie down.
        assertThat(types(api.get("ann", path).json().getAsJsonObject(), 0)).containsExactly("line", "pie");
        assertThat(pie.getAsJsonObject("preferences").get("period").getAsString()).isEqualTo("this-quarter");

        ApiServer.Answer configured = api.put("ann", path + "/gadgets/" + pie.get("id"),
                "{\"version\":" + pie.get("version") + ",\"preferences\":{\"figure\":\"count\"}}");
        assertThat(configured.status()).isEqualTo(200);
        assertThat(configured.json().getAsJsonObject().getAsJsonObject("preferences").keySet()).containsExactly("figure");
        ApiServer.Answer stale = api.put("ann", path + "/gadgets/" + pie.get("id"),
                "{\"version\":" + pie.get("version") + ",\"preferences\":{}}");
        assertThat(stale.status()).isEqualTo(409);

        api.put("ann", path + "/gadgets/" + table.get("id"), "{\"column\":0,\"position\":1}");
        assertThat(types(api.get("ann", path).json().getAsJsonObject(), 0)).containsExactly("line", "table", "pie");

        // One column: everything folds into it, then the pie is moved to the top.
        ApiServer.Answer arranged = api.put("ann", path + "/layout", "{\"version\":" + dashboard.get("version")
                + ",\"layout\":\"one-column\",\"gadgets\":[{\"id\":" + pie.get("id") + ",\"column\":0,\"position\":0}]}");
        assertThat(arranged.status()).as(arranged.text()).isEqualTo(200);
        assertThat(arranged.json().getAsJsonObject().get("columns").getAsInt()).isEqualTo(1);
        assertThat(types(arranged.json().getAsJsonObject(), 0)).containsExactly("pie", "line", "table");

        assertThat(api.delete("ann", path + "/gadgets/" + line.get("id")).status()).isEqualTo(204);
        assertThat(types(api.get("ann", path).json().getAsJsonObject(), 0)).containsExactly("pie", "table");
        assertThat(api.delete("ann", path).status()).isEqualTo(204);
        assertThat(api.get("ann", path).status()).isEqualTo(404);
    }

    @Test
    void othersCannotSeeOrTouchADashboard() {
        JsonObject dashboard = api.post("ann", "/dashboards", "{\"name\":\"Private\"}").json().getAsJsonObject();
        String path = "/dashboards/" + dashboard.get("id").getAsLong();
        JsonObject gadget = api.post("ann", path + "/gadgets",
                "{\"type\":\"battery\",\"column\":0,\"preferences\":{\"goal\":\"1\"}}").json().getAsJsonObject();

        assertThat(api.get("ben", path).status()).isEqualTo(404);
        assertThat(api.put("ben", path, "{\"version\":" + dashboard.get("version") + ",\"name\":\"Ben's\"}").status())
                .isEqualTo(404);
        assertThat(api.delete("ben", path).status()).isEqualTo(404);
        assertThat(api.post("ben", path + "/gadgets", "{\"type\":\"pie\",\"column\":0}").status()).isEqualTo(404);
        assertThat(api.delete("ben", path + "/gadgets/" + gadget.get("id")).status()).isEqualTo(404);
        assertThat(names("ben")).doesNotContain("Private");
        assertThat(names("ann")).contains("Private");
        assertThat(api.get("ann", path).json().getAsJsonObject().get("name").getAsString()).isEqualTo("Private");
        assertThat(api.get("ann", path).json().getAsJsonObject().getAsJsonArray("gadgets")).hasSize(1);
    }

    @Test
    void aGadgetOfAnotherDashboardIsNotFoundUnderThisOne() {
        long first = api.post("ann", "/dashboards", "{\"name\":\"First\"}").json().getAsJsonObject().get("id").getAsLong();
        long second = api.post("ann", "/dashboards", "{\"name\":\"Second\"}").json().getAsJsonObject().get("id").getAsLong();
        long gadget = api.post("ann", "/dashboards/" + first + "/gadgets", "{\"type\":\"pie\",\"column\":0}").json()
                .getAsJsonObject().get("id").getAsLong();

        assertThat(api.delete("ann", "/dashboards/" + second + "/gadgets/" + gadget).status()).isEqualTo(404);
        assertThat(api.get("ann", "/dashboards/" + first).json().getAsJsonObject().getAsJsonArray("gadgets")).hasSize(1);
    }

    private static List<String> names(String user) {
        List<String> names = new ArrayList<>();
        api.get(user, "/dashboards").json().getAsJsonObject().getAsJsonArray("dashboards")
                .forEach(d -> names.add(d.getAsJsonObject().get("name").getAsString()));
        return names;
    }

    private static List<String> types(JsonObject dashboard, int column) {
        List<String> types = new ArrayList<>();
        JsonArray gadgets = dashboard.getAsJsonArray("gadgets");
        gadgets.forEach(g -> {
            if (g.getAsJsonObject().get("column").getAsInt() == column) {
                types.add(g.getAsJsonObject().get("type").getAsString());
            }
        });
        return types;
    }

    /** The server's dashboards resource over the test store, as the server mounts it next to the shared ones. */
    @SuppressWarnings("unchecked")
    static List<Object> dashboards(AoSession session, RestServices services) {
        session.migrate(DashboardTables.ENTITIES.toArray(new Class[0]));
        AuthSchema.migrate(session);
        DashboardSharing sharing = DashboardSharing.over(session, services.access(), new ProjectRoles(session),
                services.profiles(), services.goals(), services.catalog());
        return List.of(new DashboardResource(services.access(), services.directory(), new StoredDashboards(session),
                sharing));
    }
}
