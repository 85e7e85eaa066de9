package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every gadget type on a dashboard in a real browser: added through the "Add gadget" dialog or the
 * REST API, configured through its options form, drawn with data that matches the API, drilled
 * into, shown as a wallboard, and saved as screenshots for review.
 */
class DashboardGadgetsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /** The types added through the dialog; the others are set up through the REST API to keep the test short. */
    private static final List<String> ADDED_IN_DIALOG = List.of("line", "bar", "pie");
    private static final List<String> ALL_TYPES = List.of("line", "bar", "pie", "battery", "calculation", "table",
            "whos-behind", "goals", "leaderboard", "completed", "worked-on");
    private static final List<String> CHART_TYPES = List.of("line", "bar", "pie", "completed", "worked-on");

    private static long dashboard;
    private static long drillDashboard;

    @BeforeAll
    static void dashboardsWithEveryGadgetTheApiCanAdd() {
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Quarter pipeline", "targets", List.of(Map.of("name", "Calls made", "kind", "number",
                        "startValue", 0, "targetValue", 200))));
        Object targetId = ((Map<?, ?>) ((List<?>) goal.get("targets")).get(0)).get("id");
        browser.asAdmin("POST", "/targets/" + id(targetId) + "/value", Map.of("value", 120));

        dashboard = id(browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Every gadget", "layout", "three-columns")).get("id"));
        Map<String, Map<String, String>> viaApi = new LinkedHashMap<>();
        viaApi.put("battery", Map.of("goal", String.valueOf(id(goal.get("id"))), "target", String.valueOf(id(targetId))));
        viaApi.put("calculation", Map.of("kpi", "won-revenue", "period", "this-quarter"));
        viaApi.put("table", Map.of("kpi", "won-revenue,win-rate", "period", "this-quarter"));
        viaApi.put("whos-behind", Map.of());
        viaApi.put("goals", Map.of());
        viaApi.put("leaderboard", Map.of("period", "this-quarter"));
        viaApi.put("completed", Map.of("period", "this-quarter", "bucket", "week"));
        viaApi.put("worked-on", Map.of("period", "this-quarter", "bucket", "week"));
        int column = 0;
        for (Map.Entry<String, Map<String, String>> gadget : viaApi.entrySet()) {
            Map<String, String> preferences = new LinkedHashMap<>(gadget.getValue());
            preferences.put("v", "1");
            preferences.put("profile", "1");
            browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets",
                    Map.of("type", gadget.getKey(), "column", column++ % 3, "position", 9, "preferences", preferences));
        }

        drillDashboard = id(browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Opportunities by rep", "layout", "one-column")).get("id"));
        browser.jsonAsAdmin("POST", "/dashboards/" + drillDashboard + "/gadgets", Map.of("type", "bar", "column", 0,
                "position", 0, "preferences", Map.of("v", "1", "profile", "1", "kpi", "new-opportunities",
                        "period", "this-quarter")));
        browser.jsonAsAdmin("POST", "/dashboards/" + drillDashboard + "/gadgets", Map.of("type", "pie", "column", 0,
                "position", 1, "preferences", Map.of("v", "1", "profile", "1", "kpi", "new-opportunities",
                        "period", "this-year", "groupBy", "customer", "topN", "2")));
    }

    @Test
    void everyGadgetTypeIsAddedConfiguredAndDrawnWithData() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilEveryGadgetIsReady(ALL_TYPES.size() - ADDED_IN_DIALOG.size());

        for (String type : ADDED_IN_DIALOG) {
            browser.waitFor(By.cssSelector("[data-action=add-gadget]")).click();
            browser.waitFor(By.cssSelector("[data-add-type='" + type + "']")).click();
            // A new gadget opens its options form; saving it with the defaults validates them through the API.
            WebElement form = browser.waitFor(By.cssSelector("form.saleskpi-gadget-form[data-gadget-type='" + type + "']"));
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("form.saleskpi-gadget-form[data-gadget-type='" + type + "']")));
            browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "']"));
        }
        waitUntilEveryGadgetIsReady(ALL_TYPES.size());

        for (String type : ALL_TYPES) {
            WebElement gadget = gadget(type);
            assertThat(gadget.getAttribute("data-state")).as(type).isEqualTo("ready");
            if (CHART_TYPES.contains(type)) {
                WebElement canvas = gadget.findElement(By.tagName("canvas"));
                assertThat(browser.paintedPixels(canvas)).as("painted pixels of the %s chart", type).isGreaterThan(500);
            }
            browser.screenshot(gadget, "gadget-" + type);
        }
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("page-dashboard");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aTableConfiguredThroughItsOptionsFormHasARowPerGroupOfTheApi() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilEveryGadgetIsReady(ALL_TYPES.size() - ADDED_IN_DIALOG.size());
        WebElement item = gadget("table").findElement(By.xpath("ancestor::div[contains(@class,'saleskpi-dashboard-item')]"));
        String itemId = item.getAttribute("data-item-id");

        browser.gadgetAction(item, "configure");
        WebElement form = browser.waitFor(By.cssSelector("form.saleskpi-gadget-form[data-gadget-type=table]"));
        selectByValue(form.findElement(By.name("period")), "last-quarter");
        selectByValue(form.findElement(By.name("groupBy")), "status");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.saleskpi-gadget-form")));
        waitUntilEveryGadgetIsReady(ALL_TYPES.size() - ADDED_IN_DIALOG.size());

        Map<String, Object> stored = browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null);
        Map<?, ?> preferences = ((List<?>) stored.get("gadgets")).stream().map(g -> (Map<?, ?>) g)
                .filter(g -> itemId.equals(String.valueOf(id(g.get("id"))))).findFirst().orElseThrow()
                .get("preferences") instanceof Map<?, ?> map ? map : Map.of();
        assertThat(preferences.get("period")).isEqualTo("last-quarter");
        assertThat(preferences.get("groupBy")).isEqualTo("status");
        Map<String, Object> data = browser.jsonAsAdmin("GET", "/gadgets/table/data?" + query(Map.of("profile", "1",
                "kpi", "won-revenue", "period", "last-quarter", "groupBy", "status")) + "&kpi=win-rate", null);
        int groups = ((List<?>) data.get("rows")).size();
        assertThat(groups).isGreaterThan(1);
        WebElement table = gadget("table").findElement(By.cssSelector("table.saleskpi-gadget-data"));
        assertThat(table.getAttribute("data-rows")).isEqualTo(String.valueOf(groups));
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(groups);
        browser.assertNoConsoleErrors();
    }

    @Test
    void theCalculationShowsTheValueOfTheKpiApi() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement value = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready] .gadget-value"));

        Map<String, Object> kpi = browser.jsonAsAdmin("GET", "/kpis/won-revenue?profile=1&period=this-quarter", null);
        assertThat(kpi.get("value")).isNotNull();
        assertThat(Double.parseDouble(value.getAttribute("data-value"))).isEqualTo(((Number) kpi.get("value")).doubleValue());
    }

    @Test
    void aBarDrillsDownToTheIssueListOfItsJqlWithAsManyIssuesAsTheBarCounts() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + drillDashboard);
        WebElement bar = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=bar][data-state=ready]"));
        assertThat(browser.paintedPixels(bar.findElement(By.tagName("canvas")))).isGreaterThan(500);
        // The numbers table (visually hidden for charts) holds the keyboard's drill links: show it.
        bar.findElement(By.cssSelector(".saleskpi-gadget-tools button[aria-pressed]")).click();
        WebElement row = browser.waitFor(By.cssSelector("table.saleskpi-gadget-data tbody tr"));
        WebElement link = row.findElement(By.cssSelector("a.saleskpi-drill"));
        String jql = link.getAttribute("data-jql");
        int count = Integer.parseInt(row.findElement(By.cssSelector("td")).getText().replaceAll("[^0-9]", ""));
        assertThat(jql).contains("SALES");

        link.click();

        browser.waitUntil(d -> browser.location().startsWith("/issues?jql="));
        // The JQL comes first; the drill's words, currency and way back follow it (DrillDownListTest).
        assertThat(URLDecoder.decode(browser.location().substring("/issues?jql=".length()).split("&")[0],
                StandardCharsets.UTF_8)).isEqualTo(jql);
        assertThat(browser.waitFor(By.cssSelector("form[data-form=search] [name=jql]")).getAttribute("value")).isEqualTo(jql);
        WebElement list = browser.waitFor(By.cssSelector("table[data-total]"));
        assertThat(Integer.parseInt(list.getAttribute("data-total"))).isEqualTo(count).isPositive();
        Map<String, Object> issues = browser.jsonAsAdmin("GET", "/issues?maxResults=1&" + query(Map.of("jql", jql)), null);
        assertThat(((Number) issues.get("total")).intValue()).isEqualTo(count);
        browser.screenshot("page-issues-drill-down");
        browser.assertNoConsoleErrors();
    }

    @Test
    void thePiesOtherSliceDrillsIntoTheIssuesOfTheCustomersPastTheTopTwo() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + drillDashboard);
        WebElement pie = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=pie][data-state=ready]"));
        pie.findElement(By.cssSelector(".saleskpi-gadget-tools button[aria-pressed]")).click();
        List<WebElement> rows = pie.findElements(By.cssSelector("table.saleskpi-gadget-data tbody tr"));
        // The top two customers and "other", the slice the browser could not drill into before.
        assertThat(rows).hasSize(3);
        WebElement other = rows.get(2);
        String jql = other.findElement(By.cssSelector("a.saleskpi-drill")).getAttribute("data-jql");
        int count = Integer.parseInt(other.findElements(By.cssSelector("td")).get(0).getText().replaceAll("[^0-9]", ""));

        Map<String, Object> issues = browser.jsonAsAdmin("GET", "/issues?maxResults=1&" + query(Map.of("jql", jql)), null);

        assertThat(((Number) issues.get("total")).intValue()).isEqualTo(count).isPositive();
        browser.assertNoConsoleErrors();
    }

    @Test
    void theWallboardHidesTheTopBar() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + drillDashboard + "?wallboard=1");
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-state=ready]"));

        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("class")).contains("saleskpi-wallboard");
        assertThat(browser.driver().findElements(By.cssSelector("header, .top-bar")).stream()
                .filter(WebElement::isDisplayed).toList()).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("[data-action=wallboard]")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        browser.screenshot("page-wallboard");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aNewUserWhoMaySeeTheDemoSignsInToTheirOwnSalesOverview() {
        browser.user("dora", "Dora Demo");
        browser.role("SALES", "dora", "viewer");
        browser.open("/login");

        browser.signIn("dora", Browser.PASSWORD);

        browser.waitUntil(d -> browser.location().matches("/dashboards/[0-9]+"));
        assertThat(browser.waitFor(By.cssSelector("h1.saleskpi-dashboard-name")).getText()).isEqualTo("Sales overview");
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 8);
        browser.assertNoConsoleErrors();
        browser.open("/");
        browser.waitFor(By.cssSelector("table.saleskpi-table[data-rows='1']"));
        browser.screenshot("page-dashboards");
        browser.assertNoConsoleErrors();
    }

    private static WebElement gadget(String type) {
        return browser.driver().findElement(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "']"));
    }

    private static void waitUntilEveryGadgetIsReady(int count) {
        browser.waitUntil(d -> {
            List<WebElement> gadgets = d.findElements(By.cssSelector("section.saleskpi-gadget"));
            List<String> states = gadgets.stream().map(g -> g.getAttribute("data-state")).toList();
            assertThat(states).as("gadget states").doesNotContain("error");
            return gadgets.size() >= count && states.stream().allMatch("ready"::equals);
        });
    }

    private static void selectByValue(WebElement select, String value) {
        new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
    }

    private static long id(Object json) {
        return ((Number) json).longValue();
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
