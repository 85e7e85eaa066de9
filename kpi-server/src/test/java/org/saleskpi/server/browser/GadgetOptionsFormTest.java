package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A gadget's options form follows the chosen KPI in place: the period and every option that still
 * applies stay as set, an option that no longer applies is disabled with its reason and saved
 * empty, and a quota in money never lands on a percent axis.
 */
class GadgetOptionsFormTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final By FORM = By.cssSelector("form.saleskpi-gadget-form");

    @Test
    void choosingAnotherKpiKeepsThePeriodAndTheOtherOptionsOfEveryType() {
        long dashboard = dashboard("Options keep");
        // Saved with a month, so that a form falling back to its defaults would show.
        for (String type : List.of("calculation", "bar", "pie", "line", "table")) {
            gadget(dashboard, type, Map.of("v", "1", "profile", "1", "kpi", "won-revenue", "period", "this-month"));
        }
        browser.signInAsAdmin();

        for (String type : List.of("calculation", "bar", "pie", "line", "table")) {
            browser.open("/dashboards/" + dashboard);
            WebElement form = configure(type);
            new Select(form.findElement(By.name("period"))).selectByValue("this-quarter");
            String bucket = type.equals("line") ? value(form, "bucket") : null;

            chooseKpi(form, type, "new-opportunities");

            assertThat(value(form, "period")).as(type).isEqualTo("this-quarter");
            if (bucket != null) {
                assertThat(value(form, "bucket")).as(type).isEqualTo(bucket);
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(FORM));
            Map<?, ?> saved = preferences(dashboard, type);
            assertThat(saved.get("period")).as(type).isEqualTo("this-quarter");
            assertThat(String.valueOf(saved.get("kpi"))).as(type).contains("new-opportunities");
        }
        browser.assertNoConsoleErrors();
    }

    @Test
    void aBarSwitchedFromWonRevenueToWinRateDropsTheQuotaAndItsAxisStaysAPercentage() {
        long dashboard = dashboard("Quota follows the unit");
        gadget(dashboard, "bar", Map.of("v", "1", "profile", "1", "kpi", "won-revenue", "period", "this-quarter",
                "target", "quota"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure("bar");
        WebElement quota = form.findElement(By.cssSelector("input[name=target]"));
        assertThat(quota.isSelected()).isTrue();
        assertThat(quota.isEnabled()).isTrue();

        chooseKpi(form, "bar", "win-rate");

        browser.waitUntil(d -> !quota.isEnabled());
        assertThat(quota.isSelected()).isFalse();
        WebElement note = form.findElement(By.id(quota.getAttribute("id") + "-note"));
        assertThat(note.isDisplayed()).isTrue();
        assertThat(note.getText()).contains("money");
        assertThat(quota.getAttribute("aria-describedby")).contains(note.getAttribute("id"));
        assertThat(value(form, "period")).isEqualTo("this-quarter");

        // Back to a KPI in money, the quota is what it was.
        chooseKpi(form, "bar", "won-revenue");
        browser.waitUntil(d -> quota.isEnabled());
        assertThat(quota.isSelected()).isTrue();
        assertThat(note.isDisplayed()).isFalse();

        chooseKpi(form, "bar", "win-rate");
        browser.waitUntil(d -> !quota.isEnabled());
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(FORM));
        assertThat(preferences(dashboard, "bar").get("target")).isIn("", null);
        assertThat(yAxisMax("bar")).as("the win rate's axis, as a fraction").isBetween(0.0, 1.0);
        browser.assertNoConsoleErrors();
    }

    @Test
    void aSavedBarOfAWinRateWithQuotasDrawsNoQuotaAndSaysWhy() {
        // Preferences saved before the form dropped the quota (or made by hand): the server leaves it out.
        long dashboard = dashboard("Hand-made quota");
        gadget(dashboard, "bar", Map.of("v", "1", "profile", "1", "kpi", "win-rate", "period", "this-quarter",
                "target", "quota"));
        Map<String, Object> data = browser.jsonAsAdmin("GET",
                "/gadgets/bar/data?profile=1&kpi=win-rate&period=this-quarter&target=quota", null);
        assertThat((List<?>) data.get("bars")).isNotEmpty().allSatisfy(bar ->
                assertThat(((Map<?, ?>) bar).get("targetAbsentReason")).isEqualTo("target-in-other-unit"));
        browser.signInAsAdmin();

        browser.open("/dashboards/" + dashboard);

        WebElement bar = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=bar][data-state=ready]"));
        assertThat(bar.findElement(By.cssSelector("[data-note=target-in-other-unit]")).getText())
                .isEqualTo("Quotas are money, so they are not drawn against Win rate.");
        assertThat(yAxisMax("bar")).isBetween(0.0, 1.0);
        browser.assertNoConsoleErrors();
    }

    @Test
    void aLineTargetTypedForRevenueIsClearedForAWinRateAndComesBackWithRevenue() {
        long dashboard = dashboard("Line target follows the unit");
        gadget(dashboard, "line", Map.of("v", "1", "profile", "1", "kpi", "won-revenue", "period", "this-year",
                "bucket", "month", "target", "250000", "cumulative", "true"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure("line");
        WebElement target = form.findElement(By.name("target"));
        WebElement cumulative = form.findElement(By.name("cumulative"));
        assertThat(target.getAttribute("value")).isEqualTo("250000");

        // Both KPIs: two units, so no target line; a rate has no running total.
        chooseKpi(form, "line", "win-rate");
        browser.waitUntil(d -> !target.isEnabled());
        assertThat(cumulative.isEnabled()).isFalse();
        assertThat(cumulative.isSelected()).isFalse();
        // The rate alone: a target may be typed again, but not the revenue's.
        chooseKpi(form, "line", "won-revenue");
        browser.waitUntil(d -> target.isEnabled());
        assertThat(target.getAttribute("value")).isEmpty();
        assertThat(form.findElement(By.id(target.getAttribute("id") + "-note")).getText()).contains("250000");
        // Revenue again: its target and running total are back.
        chooseKpi(form, "line", "won-revenue");
        chooseKpi(form, "line", "win-rate");
        browser.waitUntil(d -> "250000".equals(target.getAttribute("value")));
        assertThat(cumulative.isEnabled()).isTrue();
        assertThat(cumulative.isSelected()).isTrue();
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTableSortedByAColumnWhoseKpiIsUntickedIsSortedByNothingUntilItIsBack() {
        long dashboard = dashboard("Sort follows the columns");
        gadget(dashboard, "table", Map.of("v", "1", "profile", "1", "kpi", "won-revenue,win-rate", "period", "last-quarter",
                "sort", "win-rate.rate", "descending", "true"));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure("table");
        WebElement sort = form.findElement(By.name("sort"));
        browser.waitUntil(d -> "win-rate.rate".equals(sort.getAttribute("value")));

        chooseKpi(form, "table", "win-rate");

        browser.waitUntil(d -> sort.getAttribute("value").isEmpty());
        assertThat(form.findElement(By.id(sort.getAttribute("id") + "-note")).getText()).contains("win-rate.rate");
        assertThat(value(form, "period")).isEqualTo("last-quarter");
        assertThat(form.findElement(By.name("descending")).isSelected()).isTrue();
        chooseKpi(form, "table", "win-rate");
        browser.waitUntil(d -> "win-rate.rate".equals(sort.getAttribute("value")));
        browser.assertNoConsoleErrors();
    }

    /** Ticks the KPI's box (line, table: toggling it) or chooses it (the others), as a user does. */
    private static void chooseKpi(WebElement form, String type, String kpi) {
        if (type.equals("line") || type.equals("table")) {
            WebElement box = form.findElement(By.cssSelector(".saleskpi-multi input[value='" + kpi + "']"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        } else {
            new Select(form.findElement(By.name("kpi"))).selectByValue(kpi);
        }
    }

    private static WebElement configure(String type) {
        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
        browser.gadgetAction(gadget.findElement(By.xpath("ancestor::div[contains(@class,'saleskpi-dashboard-item')]")),
                "configure");
        WebElement form = browser.waitFor(FORM);
        // The KPI choices are loaded from the API: wait until they are.
        browser.waitUntil(d -> !form.findElements(By.cssSelector("select[name=kpi] option, .saleskpi-multi input")).isEmpty()
                && form.findElements(By.cssSelector("select[name=kpi] option")).size() != 1);
        return form;
    }

    private static String value(WebElement form, String name) {
        return form.findElement(By.name(name)).getAttribute("value");
    }

    /** The largest value of the y axis of the type's Chart.js chart. */
    private static double yAxisMax(String type) {
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
        Object max = browser.script("return Chart.getChart(document.querySelector("
                + "'section.saleskpi-gadget[data-gadget-type=\"' + arguments[0] + '\"] canvas')).scales.y.max;", type);
        return ((Number) max).doubleValue();
    }

    private static long dashboard(String name) {
        return ((Number) browser.jsonAsAdmin("POST", "/dashboards", Map.of("name", name, "layout", "one-column"))
                .get("id")).longValue();
    }

    private static void gadget(long dashboard, String type, Map<String, String> preferences) {
        browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets",
                Map.of("type", type, "column", 0, "position", 99, "preferences", preferences));
    }

    private static Map<?, ?> preferences(long dashboard, String type) {
        Map<String, Object> stored = browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null);
        return ((List<?>) stored.get("gadgets")).stream().map(g -> (Map<?, ?>) g)
                .filter(g -> type.equals(g.get("type"))).findFirst().map(g -> (Map<?, ?>) g.get("preferences"))
                .orElseThrow();
    }
}
