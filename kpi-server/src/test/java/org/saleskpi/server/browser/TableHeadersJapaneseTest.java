package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * At 768 pixels in Japanese, no table header stacks its characters one per line: a header without spaces stays on
 * one line, on the goal pages and in the gadgets of a three-column dashboard.
 */
class TableHeadersJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    /** Each visible header's text and how many lines it is drawn on, measured character by character. */
    static final String HEADER_LINES = """
            return Array.from(document.querySelectorAll('thead th')).filter(th => th.getClientRects().length > 0)
              .map(th => {
                const tops = new Set();
                const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (let i = 0; i < node.length; i++) {
                    if (/\\s/.test(node.data[i])) { continue; }
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    const rect = range.getBoundingClientRect();
                    if (rect.height > 0) { tops.add(Math.round(rect.top)); }
                  }
                }
                return th.textContent.trim() + '|' + tops.size;
              });""";

    @Test
    void headersKeepTheirWordsWholeAt768Pixels() {
        browser.driver().manage().window().setSize(new Dimension(768, 1000));
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "四半期の受注目標", "targets", List.of(Map.of("name", "商談数", "kind", "number",
                        "startValue", 0, "targetValue", 30))));
        long dashboard = browser.dashboardWith("狭い列", "three-columns", Map.of(
                "table", Map.of("kpi", "won-revenue,win-rate", "period", "this-quarter"),
                "leaderboard", Map.of("period", "this-quarter")));
        browser.signInAsAdmin();

        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("tr[data-goal-id]"));
        assertWordsWhole("goals");

        browser.open("/goals/" + ((Number) goal.get("id")).longValue());
        browser.waitFor(By.cssSelector("tr[data-target-id]"));
        assertWordsWhole("goal");

        browser.open("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 2);
        // Tables a gadget keeps behind its chart are shown, as a reader who asks for them sees them.
        browser.script("document.querySelectorAll('.saleskpi-gadget-table').forEach(b => { b.hidden = false; });");
        assertWordsWhole("dashboard");
    }

    private static void assertWordsWhole(String page) {
        @SuppressWarnings("unchecked")
        List<String> headers = (List<String>) browser.script(HEADER_LINES);
        browser.screenshot("table-headers-768-ja-" + page);
        assertThat(headers).as("headers on the %s page", page).isNotEmpty();
        assertThat(headers).as("headers on the %s page, as text|lines", page)
                .allSatisfy(header -> {
                    String text = header.substring(0, header.lastIndexOf('|'));
                    if (!text.isEmpty() && !text.matches(".*\\s.*")) {
                        assertThat(header).endsWith("|1");
                    }
                });
    }
}
