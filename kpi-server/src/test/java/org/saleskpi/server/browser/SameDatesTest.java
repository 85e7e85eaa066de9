package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A goal page and a dashboard write one date the same way, in the user's locale: a goal due on 31 December 2025 and a
 * bar gadget over that one day. Before, the dashboard wrote 2025-12-31 and the goal page Dec 31, 2025.
 */
class SameDatesTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void theGoalPageAndTheDashboardWriteTheDueDateAlike() {
        assertThat(datesOnGoalAndDashboard(browser)).containsExactly("Dec 31, 2025", "Dec 31, 2025");
    }

    /** The goal page's due date and the bar gadget's period, both 2025-12-31, as the browser shows them. */
    static List<String> datesOnGoalAndDashboard(Browser browser) {
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Year-end push", "startDate", "2025-10-01", "dueDate", "2025-12-31",
                "targets", List.of(Map.of("name", "Meetings", "kind", "number", "startValue", 0, "targetValue", 30))));
        long dashboard = browser.dashboardWith("Last day", "one-column",
                Map.of("bar", Map.of("kpi", "new-opportunities", "period", "2025-12-31..2026-01-01")));
        browser.signInAsAdmin();

        browser.open("/goals/" + ((Number) goal.get("id")).longValue());
        String dates = browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-goal-page dd")).stream()
                .map(e -> e.getText()).filter(text -> text.contains("→")).findFirst().orElse(null));
        String dueOnGoal = dates.substring(dates.indexOf('→') + 1).strip();

        browser.open("/dashboards/" + dashboard);
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-state=ready]"));
        // The table beside the chart (shown on demand) is captioned "<title> (<period>)".
        String label = String.valueOf(browser.script(
                "return document.querySelector('section.saleskpi-gadget table caption').textContent;"));
        String periodOnDashboard = label.substring(label.lastIndexOf('(') + 1, label.lastIndexOf(')'));
        browser.screenshot("same-dates-" + browser.script("return document.documentElement.lang;"));
        browser.assertNoConsoleErrors();
        return List.of(dueOnGoal, periodOnDashboard);
    }
}
