package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The drill-downs of the pie, line, KPI list and who's behind say what their list shows (ADR 0060 for the others):
 * the figure, its value as shown, the group and the period or day, and the list opened from one shows it (issue 17).
 */
class DrillDownAboutTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void pieLineKpiListAndWhosBehindDrillsSayWhatTheyShow() {
        Map<String, Map<String, String>> gadgets = new LinkedHashMap<>();
        gadgets.put("pie", Map.of("kpi", "won-revenue", "period", "last-quarter"));
        gadgets.put("line", Map.of("kpi", "won-revenue", "period", "last-quarter", "bucket", "month"));
        gadgets.put("kpi-list", Map.of("kpi", "won-revenue", "period", "last-quarter"));
        gadgets.put("whos-behind", Map.of());
        long dashboard = browser.dashboardWith("Drills say what they show", "one-column", gadgets);
        Map<?, ?> slice = (Map<?, ?>) ((List<?>) browser.jsonAsAdmin("GET",
                "/gadgets/pie/data?profile=1&kpi=won-revenue&period=last-quarter", null).get("slices")).get(0);
        Map<?, ?> behind = (Map<?, ?>) ((List<?>) browser.jsonAsAdmin("GET", "/gadgets/whos-behind/data?profile=1", null)
                .get("reps")).stream().filter(r -> ((Number) ((Map<?, ?>) ((Map<?, ?>) r).get("overdueDeals")).get("count"))
                        .intValue() > 0).findFirst().orElseThrow();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        String pieAbout = about(ready("pie").findElement(By.cssSelector("tbody th a")));
        assertThat(pieAbout).startsWith("Won revenue (amount) $").contains(", " + slice.get("label") + ", Jul 1 \u2013 Sep 30, 2026");
        assertThat(about(ready("line").findElement(By.cssSelector("tbody a.saleskpi-drill"))))
                .matches("Won revenue( \\(amount\\))? \\$[0-9,.]+, Jul 1 \u2013 31, 2026");
        assertThat(about(ready("kpi-list").findElement(By.cssSelector("a.saleskpi-drill"))))
                .matches("Won revenue( \\(amount\\))? \\$[0-9,.]+, Jul 1 \u2013 Sep 30, 2026");
        int overdue = ((Number) ((Map<?, ?>) behind.get("overdueDeals")).get("count")).intValue();
        WebElement row = ready("whos-behind").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("th")).getText().equals(behind.get("displayName")))
                .findFirst().orElseThrow();
        assertThat(about(row.findElement(By.cssSelector("td:nth-of-type(2) a"))))
                .startsWith("Overdue deals " + String.format("%,d", overdue) + ", " + behind.get("displayName") + ", ");

        // The slice's link (in the table beside the chart, which the keyboard and screen readers use).
        browser.driver().get(ready("pie").findElement(By.cssSelector("tbody th a")).getAttribute("href"));
        assertThat(browser.waitFor(By.cssSelector(".issues-about")).getText()).isEqualTo(pieAbout);
        browser.screenshot("drill-down-pie-about");
        browser.assertNoConsoleErrors();
    }

    /** The about parameter of a drill-down link: what its list will say it shows. */
    static String about(WebElement link) {
        String query = URI.create(link.getAttribute("href")).getRawQuery();
        for (String part : query.split("&")) {
            if (part.startsWith("about=")) {
                return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no about in " + link.getAttribute("href"));
    }

    private static WebElement ready(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
    }
}
