package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Saved gadget preferences outlive releases (Jira keeps them in its dashboards): each type's
 * migration, run in the browser as the dashboard runs it, reads every saved shape as version 1.
 */
class GadgetMigrationsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /** Each test starts signed out: sign in and open a page that loads every gadget script. */
    @BeforeEach
    void openADashboardPage() {
        browser.signInAsAdmin();
        browser.open("/dashboards");
        browser.waitFor(By.id("saleskpi-dashboards"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> migrate(String type, String prefsJson) {
        return (Map<String, Object>) browser.script(
                "return SalesKpi.gadgets[arguments[0]].migrate(JSON.parse(arguments[1]));", type, prefsJson);
    }

    @Test
    void preferencesWithoutAVersionAreVersionOneAndUnknownKeysAreDropped() {
        for (String type : List.of("line", "bar", "pie", "battery", "calculation", "table", "whos-behind", "goals",
                "leaderboard", "completed", "worked-on")) {
            Map<String, Object> migrated = migrate(type, "{\"title\":\"Mine\",\"refresh\":15,\"noSuchKey\":\"x\"}");

            assertThat(migrated).as(type).containsEntry("v", "1").containsEntry("title", "Mine")
                    .containsEntry("refresh", "15").doesNotContainKey("noSuchKey");
        }
    }

    @Test
    void valuesBecomeTextAndEmptyValuesAreLeftOut() {
        Map<String, Object> bar = migrate("bar",
                "{\"kpi\":[\"won-revenue\",\"win-rate\"],\"maxStacks\":5,\"target\":\"quota\",\"stackBy\":null}");

        assertThat(bar).containsEntry("kpi", "won-revenue,win-rate").containsEntry("maxStacks", "5")
                .containsEntry("target", "quota").doesNotContainKey("stackBy");
    }

    @Test
    void namesNoReleaseEverSavedAreUnknownKeys() {
        // Version 1 is the first shape that shipped (git log -S RENAMES): no dashboard holds these names.
        Map<String, Object> line = migrate("line",
                "{\"profileId\":3,\"groupby\":\"rep\",\"showTarget\":true,\"targetValue\":\"9\","
                        + "\"kpi\":\"won-revenue\"}");

        assertThat(line).containsOnlyKeys("v", "kpi").containsEntry("kpi", "won-revenue");
    }

    @Test
    void migratingTwiceChangesNothing() {
        for (String type : List.of("line", "table", "battery")) {
            Map<String, Object> once = migrate(type,
                    "{\"goal\":7,\"target\":\"2\",\"kpi\":[\"won-revenue\"],\"title\":\"Mine\",\"x\":1}");
            String onceJson = (String) browser.script("return JSON.stringify(arguments[0]);", once);

            assertThat(migrate(type, onceJson)).isEqualTo(once);
        }
    }
}
