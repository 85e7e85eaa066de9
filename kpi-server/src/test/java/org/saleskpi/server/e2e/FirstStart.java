package org.saleskpi.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.host.ServerOptions;

/**
 * What the administrator and new users meet on a fresh server: with the demo, the home page opens a
 * ready "Sales overview" whose every gadget answers real numbers of the demo; without it, an empty
 * list. {@code FirstStartOnH2Test} and {@code FirstStartOnPostgresTest} run it on each database.
 */
abstract class FirstStart {
    /**
     * 1:18 AM on Saturday 5 December 2026 in Berlin: five weeks into the demo's fiscal quarter
     * (November to January), so the quarter has numbers, and the hour of the report.
     */
    static final ZonedDateTime NOW = LocalDateTime.of(2026, 12, 5, 1, 18).atZone(ZoneId.of("Europe/Berlin"));
    private static final List<String> STORY = List.of("battery", "goals", "forecast", "funnel", "line", "bar",
            "whos-behind", "leaderboard");

    /** Options for a fresh data directory and database of the kind under test, demo on. */
    abstract ServerOptions freshOptions() throws Exception;

    private RunningServer start(ServerOptions options) throws Exception {
        return RunningServer.start(options, true, Clock.fixed(NOW.toInstant(), NOW.getZone()));
    }

    @Test
    void theAdministratorLandsOnTheSalesOverviewWhoseEveryGadgetShowsTheDemosNumbers() throws Exception {
        try (RunningServer server = start(freshOptions())) {
            Api api = Api.of(server);
            Client admin = api.admin();

            Answer home = admin.page("/", "en-US,en;q=0.9");

            assertThat(home.status()).as(home.body()).isEqualTo(302);
            String location = home.header("Location").orElseThrow();
            assertThat(location).matches("/dashboards/[0-9]+");
            JsonObject dashboard = admin.get(location).object();
            assertThat(dashboard.get("name").getAsString()).isEqualTo("Sales overview");
            assertThat(admin.page(location, "en").status()).isEqualTo(200);
            List<JsonObject> gadgets = gadgets(dashboard);
            assertThat(gadgets).extracting(g -> g.get("type").getAsString()).containsExactlyInAnyOrderElementsOf(STORY);
            assertThat(gadgets).extracting(g -> g.getAsJsonObject("preferences").get("title").getAsString())
                    .containsExactlyInAnyOrder("Target attainment: won revenue this quarter", "Goals overview",
                            "Forecast of the quarter against quota", "Stage funnel of the quarter",
                            "Won revenue by month against quota", "Won revenue by rep against quota, this quarter",
                            "Who's behind", "Leaderboard of the quarter");

            Map<String, List<String>> declared = declaredOptions(admin.get("/gadgets/types").object());
            for (JsonObject gadget : gadgets) {
                String type = gadget.get("type").getAsString();
                // Every saved preference is one the type's schema declares, or one every gadget keeps.
                assertThat(gadget.getAsJsonObject("preferences").keySet()).as(type).isSubsetOf(
                        concat(declared.get(type), List.of("v", "title", "refresh", "profile")));
                Answer data = admin.get("/gadgets/" + type + "/data?" + query(gadget.getAsJsonObject("preferences")));
                assertThat(data.status()).as(type + ": " + data.body()).isEqualTo(200);
                showsRealNumbers(type, data.object());
            }

            // Given once: from now on the home page opens the dashboard last opened (ADR 0061), and adds none.
            Answer again = admin.page("/", "en");
            assertThat(again.status()).isEqualTo(302);
            assertThat(again.header("Location")).contains(location);
            assertThat(admin.get("/dashboards").number("total").intValue()).isEqualTo(1);
        }
    }

    @Test
    void eachNewUserWhoMaySeeTheDemoGetsTheirOwnInTheirLanguageAndOthersTheEmptyList() throws Exception {
        try (RunningServer server = start(freshOptions())) {
            Api api = Api.of(server);
            api.user("dora", "Dora Demo");
            api.role("SALES", "dora", "viewer");
            api.user("otto", "Otto Outsider");
            Client dora = api.as("dora");
            Client otto = api.as("otto");

            Answer doraHome = dora.page("/", "ja,en;q=0.5");
            Answer ottoHome = otto.page("/", "en");

            assertThat(doraHome.status()).isEqualTo(302);
            JsonObject overview = dora.get(doraHome.header("Location").orElseThrow()).object();
            assertThat(overview.get("name").getAsString()).isEqualTo("営業の概要");
            assertThat(gadgets(overview)).extracting(g -> g.getAsJsonObject("preferences").get("title").getAsString())
                    .contains("目標達成率：今四半期の受注額", "遅れている担当者");
            assertThat(ottoHome.status()).describedAs("otto may not see SALES: nothing to show him").isEqualTo(200);
            assertThat(otto.get("/dashboards").number("total").intValue()).isZero();
            // A user who made a dashboard of their own before ever opening the home page keeps just theirs.
            api.user("walt", "Walt Own");
            api.role("SALES", "walt", "editor");
            Client walt = api.as("walt");
            assertThat(walt.post("/dashboards", Api.json("name", "Mine")).status()).isEqualTo(201);
            assertThat(walt.page("/", "en").status()).isEqualTo(200);
            assertThat(walt.get("/dashboards").number("total").intValue()).isEqualTo(1);
            // A user who deleted theirs is not given another.
            assertThat(dora.delete(doraHome.header("Location").orElseThrow()).status()).isEqualTo(204);
            assertThat(dora.page("/", "ja").status()).isEqualTo(200);
            assertThat(dora.get("/dashboards").number("total").intValue()).isZero();
        }
    }

    @Test
    void withoutTheDemoTheHomePageListsNoDashboardAndCreatesNone() throws Exception {
        try (RunningServer server = start(freshOptions().withDemo(false))) {
            Client admin = Api.of(server).admin();

            Answer home = admin.page("/", "en");

            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("id=\"saleskpi-dashboards\"");
            assertThat(admin.get("/dashboards").number("total").intValue()).isZero();
        }
    }

    private static List<JsonObject> gadgets(JsonObject dashboard) {
        List<JsonObject> gadgets = new ArrayList<>();
        dashboard.getAsJsonArray("gadgets").forEach(g -> gadgets.add(g.getAsJsonObject()));
        return gadgets;
    }

    /** The preferences the gadget's script sends to its data endpoint: all but its title and version. */
    private static String query(JsonObject preferences) {
        Map<String, String> params = new LinkedHashMap<>();
        preferences.entrySet().stream().filter(e -> !e.getKey().equals("title") && !e.getKey().equals("v"))
                .forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** Each gadget's own numbers of the demo, not zeros or absences. */
    /** The option names of each gadget type, from {@code GET /gadgets/types}. */
    private static Map<String, List<String>> declaredOptions(JsonObject types) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        for (JsonElement type : types.getAsJsonArray("types")) {
            List<String> names = new ArrayList<>();
            type.getAsJsonObject().getAsJsonArray("options")
                    .forEach(option -> names.add(option.getAsJsonObject().get("name").getAsString()));
            declared.put(type.getAsJsonObject().get("key").getAsString(), names);
        }
        return declared;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void showsRealNumbers(String type, JsonObject data) {
        switch (type) {
            case "battery" -> {
                assertThat(data.get("name").getAsString()).isEqualTo("Won revenue");
                assertThat(positive(data.getAsJsonObject("values").get("current"))).as(type).isTrue();
                assertThat(positive(data.get("progress"))).as(type).isTrue();
            }
            case "goals" -> {
                assertThat(data.get("total").getAsInt()).isPositive();
                JsonObject goal = data.getAsJsonArray("rows").get(0).getAsJsonObject();
                assertThat(goal.get("name").getAsString()).isEqualTo("Win the quarter");
                assertThat(positive(goal.get("progress"))).as(type).isTrue();
                assertThat(goal.get("status").isJsonNull()).as(type).isFalse();
            }
            case "line" -> {
                JsonObject actual = series(data, "actual");
                JsonObject target = series(data, "target");
                assertThat(count(actual.getAsJsonArray("values"))).as("months with won revenue").isGreaterThanOrEqualTo(10);
                assertThat(count(target.getAsJsonArray("values"))).as("months with a quota").isEqualTo(12);
            }
            case "bar" -> {
                // A bar for each rep who won something this quarter, against the quarter's quota: 3 x 90 000.
                JsonArray bars = data.getAsJsonArray("bars");
                assertThat(bars.size()).isGreaterThanOrEqualTo(8);
                assertThat(count(values(bars, "value"))).as("reps with won revenue").isEqualTo(bars.size());
                values(bars, "target").forEach(quota -> assertThat(quota.getAsBigDecimal())
                        .isEqualByComparingTo("270000"));
            }
            case "whos-behind" -> {
                JsonArray reps = data.getAsJsonArray("reps");
                assertThat(reps.size()).isGreaterThanOrEqualTo(6);
                assertThat(StreamSupport.stream(reps.spliterator(), false).mapToInt(r -> r.getAsJsonObject()
                        .getAsJsonObject("staleDeals").get("count").getAsInt()).sum()).isPositive();
            }
            case "forecast" -> {
                // The fiscal quarter's deals: some won already, against every rep's quota summed.
                JsonObject total = data.getAsJsonObject("total");
                assertThat(positive(total.get("won"))).as("won so far").isTrue();
                assertThat(positive(total.get("target"))).as("the team's quota").isTrue();
                assertThat(total.get("wonJql").getAsString()).contains("SALES");
            }
            case "funnel" -> assertThat(data.get("type").getAsString()).isEqualTo("funnel");
            case "leaderboard" -> {
                JsonArray entries = data.getAsJsonArray("entries");
                assertThat(entries.size()).isGreaterThanOrEqualTo(6);
                JsonObject first = entries.get(0).getAsJsonObject();
                assertThat(first.get("wonDeals").getAsInt()).isPositive();
                assertThat(positive(first.get("points"))).isTrue();
            }
            default -> throw new AssertionError("no check for " + type);
        }
    }

    private static JsonObject series(JsonObject line, String kind) {
        return StreamSupport.stream(line.getAsJsonArray("series").spliterator(), false).map(JsonElement::getAsJsonObject)
                .filter(s -> kind.equals(s.get("kind").getAsString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " series in " + line));
    }

    private static JsonArray values(JsonArray items, String field) {
        JsonArray values = new JsonArray();
        items.forEach(item -> values.add(item.getAsJsonObject().get(field)));
        return values;
    }

    /** How many of the values are numbers above zero. */
    private static long count(JsonArray values) {
        return StreamSupport.stream(values.spliterator(), false).filter(FirstStart::positive).count();
    }

    private static boolean positive(JsonElement value) {
        return value != null && !value.isJsonNull() && value.getAsBigDecimal().compareTo(BigDecimal.ZERO) > 0;
    }
}
