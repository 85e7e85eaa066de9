package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The KPI list in a real browser: added to a dashboard from the dialog, its figures picked in the form drawn from
 * its schema, saved, and drawn as one line per figure whose value is the API's and drills into the issues it counts.
 */
class KpiListGadgetTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String FORM = "form.saleskpi-gadget-form[data-gadget-type='kpi-list']";

    @Test
    void aKpiListIsAddedItsFiguresPickedAndEachValueDrillsIntoItsIssues() {
        long dashboard = id(browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Wallboard list", "layout", "one-column")).get("id"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        browser.waitFor(By.cssSelector("[data-action=add-gadget]")).click();
        browser.waitFor(By.cssSelector("[data-add-type='kpi-list']")).click();
        WebElement form = browser.waitFor(By.cssSelector(FORM));
        WebElement opportunities = browser.waitUntil(d -> form.findElements(
                By.cssSelector(".saleskpi-multi input[value='new-opportunities']")).stream().findFirst().orElse(null));
        // A new list starts with its schema's default figures.
        assertThat(form.findElements(By.cssSelector(".saleskpi-multi input:checked")))
                .extracting(input -> input.getAttribute("value"))
                .containsExactlyInAnyOrder("won-revenue", "win-rate", "new-leads");
        toggle(form.findElement(By.cssSelector(".saleskpi-multi input[value='win-rate']")));
        toggle(opportunities);
        toggle(form.findElement(By.cssSelector(".saleskpi-multi input[value='won-revenue.count']")));
        new Select(form.findElement(By.name("period"))).selectByValue("this-year");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(FORM)));

        Map<?, ?> saved = onlyGadget(dashboard);
        assertThat(saved.get("type")).isEqualTo("kpi-list");
        Map<?, ?> preferences = (Map<?, ?>) saved.get("preferences");
        assertThat(preferences.get("period")).isEqualTo("this-year");
        List<String> figures = Arrays.asList(((String) preferences.get("kpi")).split(","));
        assertThat(figures).containsExactlyInAnyOrder("won-revenue", "new-leads", "new-opportunities",
                "won-revenue.count");

        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type='kpi-list'][data-state=ready]"));
        Map<String, Object> data = browser.jsonAsAdmin("GET", "/gadgets/kpi-list/data?profile=1&period=this-year&"
                + figures.stream().map(f -> "kpi=" + encoded(f)).collect(Collectors.joining("&")), null);
        List<?> rows = (List<?>) data.get("rows");
        List<WebElement> lines = gadget.findElements(By.cssSelector("li[data-figure]"));
        assertThat(lines).hasSize(rows.size()).hasSize(4);
        String leadsJql = null;
        long leads = -1;
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> row = (Map<?, ?>) rows.get(i);
            WebElement line = lines.get(i);
            assertThat(line.getAttribute("data-figure")).isEqualTo(row.get("figure"));
            assertThat(Double.parseDouble(line.getAttribute("data-value")))
                    .isEqualTo(((Number) row.get("value")).doubleValue()).isPositive();
            WebElement link = line.findElement(By.cssSelector("a.saleskpi-drill"));
            assertThat(link.getAttribute("data-jql")).as("%s", row.get("figure")).isEqualTo(row.get("jql"));
            assertThat(link.getAttribute("aria-label")).isNotBlank().doesNotContain("saleskpi.");
            assertThat(line.getText()).doesNotContain("saleskpi.");
            if ("new-leads.count".equals(row.get("figure"))) {
                leadsJql = (String) row.get("jql");
                leads = ((Number) row.get("value")).longValue();
            }
        }
        assertThat(leadsJql).isNotNull().contains("SALES");
        browser.screenshot(gadget, "gadget-kpi-list");

        gadget.findElement(By.cssSelector("li[data-figure='new-leads.count'] a.saleskpi-drill")).click();
        browser.waitUntil(d -> browser.location().startsWith("/issues?jql="));
        // The link carries the list's description and way back after the JQL (ADR 0060, 0065).
        String query = browser.location().substring("/issues?".length());
        String jql = Arrays.stream(query.split("&")).filter(part -> part.startsWith("jql=")).findFirst().orElseThrow()
                .substring("jql=".length());
        assertThat(URLDecoder.decode(jql, StandardCharsets.UTF_8)).isEqualTo(leadsJql);
        assertThat(query).contains("about=");
        WebElement list = browser.waitFor(By.cssSelector("table[data-total]"));
        assertThat(Long.parseLong(list.getAttribute("data-total"))).isEqualTo(leads);
        browser.assertNoConsoleErrors();
    }

    /** Ticks or unticks a checkbox as a user would, wherever the form scrolled it. */
    private static void toggle(WebElement box) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    private static Map<?, ?> onlyGadget(long dashboard) {
        List<?> gadgets = (List<?>) browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null).get("gadgets");
        assertThat(gadgets).hasSize(1);
        return (Map<?, ?>) gadgets.get(0);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long id(Object json) {
        return ((Number) json).longValue();
    }
}
