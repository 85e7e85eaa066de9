package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.saleskpi.web.json.Json;

/**
 * Saved gadget preferences outlive releases (Jira keeps them in its dashboards): the one generic
 * migration, run in the browser as the dashboard runs it, applies a type's declared steps from the
 * saved {@code v} to the type's version, and reads every type the registry serves.
 */
class GadgetMigrationsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /** A type at version 3 whose options are a, c, d and e, with a step to 2 and one to 3. */
    private static final String TWO_STEPS = """
            {"key": "x", "version": 3,
             "options": [{"name": "a", "kind": "jql"}, {"name": "c", "kind": "jql"}, {"name": "d", "kind": "jql"},
                         {"name": "e", "kind": "jql"}],
             "migrations": [
               {"to": 3, "rename": {"b": "c"}, "defaults": {"d": "3"}},
               {"to": 2, "rename": {"old": "b"}, "defaults": {"d": "2", "e": "two"}, "drop": ["a"]}]}""";

    /** Each test starts signed out: sign in and open a page that loads every gadget script. */
    @BeforeEach
    void openADashboardPage() {
        browser.signInAsAdmin();
        browser.open("/dashboards");
        browser.waitFor(By.id("saleskpi-dashboards"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> migrate(String typeJson, String prefsJson) {
        return (Map<String, Object>) browser.script(
                "return SalesKpi.gadgetBase.migrate(JSON.parse(arguments[1]), JSON.parse(arguments[0]));", typeJson, prefsJson);
    }

    /** The registry's types as the browser gets them. */
    private static List<?> registry() {
        return (List<?>) browser.jsonAsAdmin("GET", "/gadgets/types", null).get("types");
    }

    private static String schema(String key) {
        return registry().stream().map(type -> (Map<?, ?>) type).filter(type -> key.equals(type.get("key")))
                .findFirst().map(type -> Json.gson().toJson(type)).orElseThrow();
    }

    @Test
    void everyRegistryTypeReadsPreferencesWithoutAVersionAsItsOwnAndDropsUnknownKeys() {
        assertThat(registry()).hasSizeGreaterThanOrEqualTo(11);
        for (Object type : registry()) {
            Map<?, ?> schema = (Map<?, ?>) type;
            Map<String, Object> migrated = migrate(Json.gson().toJson(schema),
                    "{\"title\":\"Mine\",\"refresh\":15,\"noSuchKey\":\"x\"}");

            assertThat(migrated).as(String.valueOf(schema.get("key")))
                    .containsEntry("v", String.valueOf(((Number) schema.get("version")).intValue()))
                    .containsEntry("title", "Mine").containsEntry("refresh", "15").doesNotContainKey("noSuchKey");
        }
    }

    @Test
    void valuesBecomeTextAndEmptyValuesAreLeftOut() {
        Map<String, Object> bar = migrate(schema("bar"),
                "{\"kpi\":[\"won-revenue\",\"win-rate\"],\"maxStacks\":5,\"target\":\"quota\",\"stackBy\":null}");

        assertThat(bar).containsEntry("kpi", "won-revenue,win-rate").containsEntry("maxStacks", "5")
                .containsEntry("target", "quota").doesNotContainKey("stackBy");
    }

    @Test
    void namesNoReleaseEverSavedAreUnknownKeys() {
        // Version 1 is the first shape that shipped (git log -S RENAMES): no dashboard holds these names.
        Map<String, Object> line = migrate(schema("line"),
                "{\"profileId\":3,\"groupby\":\"rep\",\"showTarget\":true,\"targetValue\":\"9\","
                        + "\"kpi\":\"won-revenue\"}");

        assertThat(line).containsOnlyKeys("v", "kpi").containsEntry("kpi", "won-revenue");
    }

    @Test
    void aRenameMovesTheValueToItsNewNameAndKeepsAValueAlreadyThere() {
        String renamed = """
                {"key": "x", "version": 2, "options": [{"name": "groupBy", "kind": "grouping"},
                 {"name": "kpi", "kind": "figure"}],
                 "migrations": [{"to": 2, "rename": {"groupby": "groupBy", "figure": "kpi"}}]}""";

        assertThat(migrate(renamed, "{\"groupby\":\"status\",\"figure\":\"win-rate\",\"kpi\":\"won-revenue\"}"))
                .containsOnly(Map.entry("v", "2"), Map.entry("groupBy", "status"), Map.entry("kpi", "won-revenue"));
    }

    @Test
    void defaultsFillOnlyWhatIsMissingOrEmptyAndDropRemovesAKnownKey() {
        String step = """
                {"key": "x", "version": 2, "options": [{"name": "period", "kind": "period"},
                 {"name": "bucket", "kind": "bucket"}, {"name": "stacked", "kind": "flag"}],
                 "migrations": [{"to": 2, "defaults": {"period": "this-year", "bucket": "month"}, "drop": ["stacked"]}]}""";

        assertThat(migrate(step, "{\"v\":\"1\",\"period\":\"last-month\",\"bucket\":\"\",\"stacked\":\"true\"}"))
                .containsOnly(Map.entry("v", "2"), Map.entry("period", "last-month"), Map.entry("bucket", "month"));
    }

    @Test
    void twoStepsInARowRunInTheOrderOfTheirVersions() {
        // Declared out of order: the step to 2 renames old to b, the step to 3 renames b to c.
        Map<String, Object> fromOne = migrate(TWO_STEPS, "{\"old\":\"kept\",\"a\":\"gone\"}");

        assertThat(fromOne).containsOnly(Map.entry("v", "3"), Map.entry("c", "kept"), Map.entry("d", "2"),
                Map.entry("e", "two"));
    }

    @Test
    void aSavedVersionRunsOnlyTheStepsAfterIt() {
        Map<String, Object> fromTwo = migrate(TWO_STEPS, "{\"v\":\"2\",\"b\":\"kept\",\"a\":\"mine\",\"old\":\"x\"}");

        // The step to 2 does not run again: a stays, old is not renamed (and is unknown), e gets no default.
        assertThat(fromTwo).containsOnly(Map.entry("v", "3"), Map.entry("a", "mine"), Map.entry("c", "kept"),
                Map.entry("d", "3"));
    }

    @Test
    void aVersionNewerThanKnownRunsNoStepAndKeepsWhatThisReleaseKnows() {
        Map<String, Object> newer = migrate(TWO_STEPS, "{\"v\":\"7\",\"a\":\"mine\",\"b\":\"x\",\"f\":\"later\"}");

        assertThat(newer).containsOnly(Map.entry("v", "3"), Map.entry("a", "mine"));
    }

    @Test
    void migratingTwiceChangesNothing() {
        for (String type : List.of(schema("line"), schema("table"), schema("battery"), TWO_STEPS)) {
            Map<String, Object> once = migrate(type,
                    "{\"goal\":7,\"target\":\"2\",\"kpi\":[\"won-revenue\"],\"title\":\"Mine\",\"x\":1,\"old\":\"o\"}");
            String onceJson = (String) browser.script("return JSON.stringify(arguments[0]);", once);

            assertThat(migrate(type, onceJson)).isEqualTo(once);
        }
    }
}
