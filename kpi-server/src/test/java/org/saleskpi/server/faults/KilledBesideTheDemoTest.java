package org.saleskpi.server.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.server.ServerWiring;
import org.saleskpi.server.cluster.ServerProcess;
import org.saleskpi.server.host.HaltPoint;
import org.saleskpi.store.Database;
import org.saleskpi.store.RunFolder;

/**
 * A first start killed after the demo's issues are stored but before what goes beside them (the KPI profile, the
 * quotas, the goal, what the "Sales overview" shows, the record of the first start) is all written, on H2 and
 * PostgreSQL: the restart ends with exactly the demo, each issue, profile, quota and goal once, and its dashboard.
 * The server halts at the named moment itself ({@link HaltPoint}), since it lasts milliseconds.
 */
class KilledBesideTheDemoTest {
    private static final String PASSWORD = "beside the demo 7";
    private static final Map<String, String> ENVIRONMENT = Map.of("SALESKPI_ADMIN_PASSWORD", PASSWORD);
    private static final int ISSUES = 300;
    /** Active Objects' table of quotas, quoted: PostgreSQL keeps its upper-case name. */
    private static final String QUOTAS = "\"AO_489536_REP_QUOTA\"";
    private static final List<String> POINTS = List.of("demo-issues", "demo-profile", "demo-quotas", "demo-goal",
            "demo-overview");

    static Stream<Arguments> pointsOnEachStore() {
        return Stream.of(Database.H2_FILE, Database.POSTGRES)
                .flatMap(store -> POINTS.stream().map(point -> Arguments.of(store, point)));
    }

    @ParameterizedTest(name = "{0}, halted at {1}")
    @MethodSource("pointsOnEachStore")
    void theRestartEndsWithExactlyTheDemo(Database store, String point) throws Exception {
        Path folder = RunFolder.newFolder("beside-demo-" + point);
        String url = store == Database.POSTGRES ? Database.postgresUrl()
                : "jdbc:h2:file:" + folder.resolve("data").resolve("saleskpi");
        String user = store == Database.POSTGRES ? Database.POSTGRES_USER : "sa";
        String password = store == Database.POSTGRES ? Database.POSTGRES_PASSWORD : "";
        List<String> options = new ArrayList<>(List.of("--demo-issues", String.valueOf(ISSUES)));
        if (store == Database.POSTGRES) {
            options.addAll(List.of("--db-url", url, "--db-user", user, "--db-password", password));
        }
        try {
            ServerProcess.start(List.of("-D" + HaltPoint.PROPERTY + "=" + point), folder.resolve("data"),
                    folder.resolve("server.log"), options, ENVIRONMENT,
                    line -> line.equals(HaltPoint.LINE + point)).close();
            throw new AssertionError("the server did not halt at " + point);
        } catch (ServerProcess.KilledWhileStarting expected) {
            // halted where asked
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(*) FROM SK.ISSUE")).as("the demo's issues were stored")
                    .isEqualTo(ISSUES);
        }

        try (ServerProcess restarted = ServerProcess.start(folder.resolve("data"), folder.resolve("server.log"),
                options, ENVIRONMENT, line -> false)) {
            String cookie = signIn(restarted);
            assertThat(json(restarted.get("/issues?maxResults=0&jql=" + URLEncoder.encode("project = SALES",
                    StandardCharsets.UTF_8), "Cookie", cookie)).get("total").getAsInt()).isEqualTo(ISSUES);
            JsonArray profiles = JsonParser.parseString(restarted.get("/profiles?project=SALES", "Cookie", cookie)
                    .body()).getAsJsonArray();
            assertThat(profiles).as(profiles.toString()).hasSize(1);
            JsonObject profile = profiles.get(0).getAsJsonObject();
            assertThat(profile.get("name").getAsString()).isEqualTo(ServerWiring.DEMO_PROFILE);
            JsonObject goals = json(restarted.get("/goals?project=SALES", "Cookie", cookie));
            assertThat(goals.get("total").getAsInt()).as(goals.toString()).isEqualTo(1);
            long goal = goals.getAsJsonArray("goals").get(0).getAsJsonObject().get("id").getAsLong();

            // The admin's first visit of the home page gives the Sales overview over that profile and goal.
            HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + restarted.port() + "/")).header("Cookie", cookie)
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).as(home.body()).isEqualTo(302);
            String location = home.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches("/dashboards/[0-9]+");
            JsonObject dashboard = json(restarted.get(location, "Cookie", cookie));
            assertThat(dashboard.get("name").getAsString()).isEqualTo("Sales overview");
            Set<String> shownProfiles = new TreeSet<>();
            Set<String> shownGoals = new TreeSet<>();
            for (JsonElement gadget : gadgets(dashboard)) {
                JsonObject preferences = gadget.getAsJsonObject().getAsJsonObject("preferences");
                shownProfiles.add(preferences.get("profile").getAsString());
                if (preferences.has("goal")) {
                    shownGoals.add(preferences.get("goal").getAsString());
                }
            }
            assertThat(shownProfiles).containsExactly(profile.get("id").getAsString());
            assertThat(shownGoals).containsExactly(String.valueOf(goal));
        }

        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            assertThat(count(statement, "SELECT COUNT(DISTINCT ISSUE_KEY) FROM SK.ISSUE")).isEqualTo(ISSUES);
            assertThat(count(statement, "SELECT COUNT(*) FROM SK.ISSUE")).isEqualTo(ISSUES);
            int quotas = count(statement, "SELECT COUNT(*) FROM " + QUOTAS);
            int reps = count(statement, "SELECT COUNT(DISTINCT \"REP_KEY\") FROM " + QUOTAS);
            int months = count(statement, "SELECT COUNT(DISTINCT \"PERIOD_START\") FROM " + QUOTAS);
            assertThat(quotas).as("one quota per rep and month").isPositive().isEqualTo(reps * months);
            assertThat(count(statement, "SELECT COUNT(*) FROM \"AO_489536_SERVER_SETTING\""
                    + " WHERE \"NAME\" = 'first-start-completed'")).isEqualTo(1);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static JsonArray gadgets(JsonObject dashboard) {
        return dashboard.getAsJsonArray("gadgets");
    }

    private static String signIn(ServerProcess server) {
        HttpResponse<String> answer = server.post("/session", "{\"username\":\"admin\",\"password\":\"" + PASSWORD
                + "\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static JsonObject json(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }
}
