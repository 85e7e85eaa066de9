package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The calculation and line gadgets say which spans they compare, in words, in a real browser:
 * Q4 2025 against Q3 2025 (docs/period-comparisons.md).
 */
class ComparedSpansTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    static final String Q4_2025 = "2025-10-01..2026-01-01";

    /** A dashboard with a calculation and a compared line over Q4 2025, opened until both are drawn. */
    static void openDashboard(Browser browser) {
        long dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Compared", "layout", "two-columns")).get("id")).longValue();
        browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "calculation",
                "column", 0, "position", 0, "preferences", Map.of("v", "1", "profile", "1", "kpi", "won-revenue",
                        "period", Q4_2025)));
        browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "line",
                "column", 1, "position", 0, "preferences", Map.of("v", "1", "profile", "1", "kpi", "won-revenue",
                        "period", Q4_2025, "bucket", "month", "comparePrevious", "true")));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 2);
    }

    /** The comparison sentence of a gadget type, with the narrow spaces some languages put around dashes made plain. */
    static String comparison(Browser browser, String type) {
        return browser.driver().findElement(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type
                + "'] .saleskpi-comparison")).getText().replace('\u2009', ' ').replace('\u202f', ' ');
    }

    @Test
    void theCalculationAndTheLineSayWhichSpansTheyCompare() {
        openDashboard(browser);

        for (String type : List.of("calculation", "line")) {
            assertThat(comparison(browser, type)).as(type)
                    .isEqualTo("Oct 1 – Dec 31, 2025 vs Jul 1 – Sep 30, 2025");
        }
        // The line's table (shown instead of the chart on demand) names each row's spans too.
        Object lastColumn = browser.script("var table = document.querySelector("
                + "\"section.saleskpi-gadget[data-gadget-type='line'] table\");"
                + "var head = table.querySelectorAll('thead th');"
                + "var first = table.querySelector('tbody tr').querySelectorAll('td, th');"
                + "return [head[head.length - 1].textContent, first[first.length - 1].textContent];");
        assertThat(((List<?>) lastColumn).stream().map(text -> String.valueOf(text).replace('\u2009', ' ')))
                .containsExactly("Compared spans", "Oct 1 – 31, 2025 vs Jul 1 – 31, 2025");
        browser.assertNoConsoleErrors();
    }
}
