package org.saleskpi.web.gadget;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.Gadgets;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.TestAccess;

/** The gadget types' schemas over HTTP: what the options forms and the preference migrations are drawn from. */
class GadgetTypesResourceTest {
    private static ApiServer api;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(new TestAccess(), List.of(), List.of(), Map.of(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    private static List<JsonObject> types() {
        ApiServer.Answer answer = api.get("alice", "/gadgets/types");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<JsonObject> types = new ArrayList<>();
        answer.json().getAsJsonObject().getAsJsonArray("types").forEach(t -> types.add(t.getAsJsonObject()));
        return types;
    }

    @Test
    void servesEveryTypeInKeyOrderAsTheDataAndValidatePathsKnowThem() {
        List<String> keys = types().stream().map(t -> t.get("key").getAsString()).toList();

        assertThat(keys).containsExactly("bar", "battery", "calculation", "completed",
                "forecast",
                "funnel",
                "goals", "kpi-list",
                "leaderboard", "line", "pie",
                "pipeline-movement",
                "pipeline-trend",
                "table",
                "time-in-stage",
                "whos-behind", "worked-on");
        assertThat(keys).isEqualTo(Gadgets.keys());
    }

    @Test
    void theBarsSchemaIsItsFormFieldByFieldWithDefaultsRangesAndRules() {
        JsonObject bar = types().stream().filter(t -> t.get("key").getAsString().equals("bar")).findFirst()
                .orElseThrow();

        JsonElement expected = JsonParser.parseString("""
                {"key": "bar", "version": 1, "category": "Charts", "usesProfile": true,
                 "titleKey": "saleskpi.gadget.type.bar.title",
                 "descriptionKey": "saleskpi.gadget.type.bar.description",
                 "options": [
                   {"name": "jql", "field": "jql", "kind": "jql", "required": false, "default": "", "since": 1},
                   {"name": "kpi", "field": "kpi", "kind": "figure", "required": true, "default": "won-revenue",
                    "since": 1},
                   {"name": "period", "field": "period", "kind": "period", "required": false,
                    "default": "this-quarter", "since": 1},
                   {"name": "groupBy", "field": "groupByRep", "kind": "grouping", "required": false,
                    "default": "rep", "none": false,
                    "groupings": ["rep", "assignee", "customer", "status", "issuetype", "stage"], "since": 1},
                   {"name": "stackBy", "field": "stackBy", "kind": "grouping", "required": false, "none": true,
                    "groupings": ["rep", "assignee", "customer", "status", "issuetype"],
                    "applies": "additive", "since": 1},
                   {"name": "maxStacks", "field": "maxStacks", "kind": "whole", "required": false, "default": "8",
                    "min": 1, "max": 50, "applies": "additive", "since": 1},
                   {"name": "target", "field": "quota", "kind": "quota", "required": false, "applies": "money",
                    "since": 1},
                   {"name": "colours", "field": "colours", "kind": "colours", "required": false, "local": true,
                    "since": 1}
                 ],
                 "migrations": []}
                """);
        assertThat(bar).isEqualTo(expected);
    }

    @Test
    void choicesAndDecimalsCarryTheirValuesAndLeastValue() {
        JsonObject goals = types().stream().filter(t -> t.get("key").getAsString().equals("goals")).findFirst()
                .orElseThrow();
        JsonObject order = goals.getAsJsonArray("options").get(0).getAsJsonObject();
        assertThat(order.get("kind").getAsString()).isEqualTo("choice");
        assertThat(order.get("choices").toString()).isEqualTo("[\"attention\",\"due-date\",\"name\"]");

        JsonObject leaderboard = types().stream().filter(t -> t.get("key").getAsString().equals("leaderboard"))
                .findFirst().orElseThrow();
        JsonObject points = leaderboard.getAsJsonArray("options").get(2).getAsJsonObject();
        assertThat(points.get("name").getAsString()).isEqualTo("pointsPerWonDeal");
        assertThat(points.get("kind").getAsString()).isEqualTo("decimal");
        assertThat(points.get("min").getAsInt()).isZero();
        assertThat(points.has("max")).isFalse();
        assertThat(points.get("default").getAsString()).isEqualTo("10");
    }

    @Test
    void typesIsNoGadgetType() {
        assertThat(api.get("alice", "/gadgets/types/data").status()).isEqualTo(404);
        assertThat(api.get("alice", "/gadgets/nothing/data").status()).isEqualTo(404);
    }
}
