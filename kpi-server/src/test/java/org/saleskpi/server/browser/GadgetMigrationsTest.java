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
 * migration, run in the browser as the dashboard runs it, reads older shapes as version 1.
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
    void oldNamesOfTheFirstReleasesAreRenamed() {
        Map<String, Object> line = migrate("line",
                "{\"profileId\":3,\"filter\":\"assignee = rep01\",\"groupby\":\"rep\",\"colors\":\"#000000\","
                        + "\"refreshInterval\":\"5\",\"kpis\":[\"won-revenue\",\"win-rate\"]}");

        assertThat(line).containsEntry("profile", "3").containsEntry("jql", "assignee = rep01")
                .containsEntry("groupBy", "rep").containsEntry("colours", "#000000").containsEntry("refresh", "5")
                .containsEntry("kpi", "won-revenue,win-rate");
    }

    @Test
    void aTargetFlagAndNumberBecomeTheLineTarget() {
        assertThat(migrate("line", "{\"showTarget\":true,\"targetValue\":\"50000\"}")).containsEntry("target", "50000");
        assertThat(migrate("line", "{\"showTarget\":\"true\"}")).containsEntry("target", "quota");
        assertThat(migrate("line", "{\"showTarget\":false,\"targetValue\":\"9\"}")).containsEntry("target", "");
    }

    @Test
    void migratingTwiceChangesNothing() {
        for (String type : List.of("line", "table", "battery")) {
            Map<String, Object> once = migrate(type, "{\"goalId\":\"7\",\"targetId\":\"2\",\"columns\":\"won-revenue\"}");
            String onceJson = (String) browser.script("return JSON.stringify(arguments[0]);", once);

            assertThat(migrate(type, onceJson)).isEqualTo(once);
        }
    }
}
