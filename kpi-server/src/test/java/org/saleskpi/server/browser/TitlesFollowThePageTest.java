package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A gadget's default title says the page's period when the page's period overrides the gadget's ("Won revenue last
 * quarter" for a gadget made "this quarter"); a title the user typed, or a gadget that pins its own period, stays as
 * it is (issue 17, ADR 0065).
 */
class TitlesFollowThePageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aDefaultTitleSaysThePagesPeriodATypedOneStaysAsTyped() {
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("calculation", Map.of("kpi", "won-revenue", "period", "this-quarter", "title", "Won revenue this quarter"));
        gadgets.put("bar", Map.of("kpi", "won-revenue", "period", "this-quarter", "title", "Our quarter"));
        gadgets.put("table", Map.of("kpi", "won-revenue", "period", "this-quarter", "title", "Won revenue this quarter",
                "pinned", "true"));
        long dashboard = browser.dashboardWith("Titles follow the page", "three-columns", gadgets);
        browser.signInAsAdmin();

        browser.open("/dashboards/" + dashboard + "?period=last-quarter");
        assertThat(title("calculation")).isEqualTo("Won revenue last quarter");
        assertThat(title("bar")).isEqualTo("Our quarter");
        assertThat(title("table")).as("pinned: its own period").isEqualTo("Won revenue this quarter");
        browser.screenshot("titles-follow-the-page");

        browser.open("/dashboards/" + dashboard + "?period=2026-01-01..2026-02-01");
        assertThat(title("calculation")).startsWith("Won revenue Jan 1").endsWith("31, 2026");

        browser.open("/dashboards/" + dashboard);
        assertThat(title("calculation")).isEqualTo("Won revenue this quarter");
        Map<String, Object> stored = browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null);
        assertThat(stored.toString()).contains("title=Won revenue this quarter").doesNotContain("last quarter");
        browser.assertNoConsoleErrors();
    }

    static String title(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type
                + "'][data-state=ready] .saleskpi-gadget-title")).getText();
    }
}
