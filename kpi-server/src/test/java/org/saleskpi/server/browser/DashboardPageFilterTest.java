package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.web.json.Json;

/**
 * One period and one JQL narrowing for the whole dashboard page: every gadget that does not pin its own
 * shows the API's figure for them, a pinned one keeps its own, the URL carries them so that a fresh session
 * opening the link sees the same figures, and a narrowing the server cannot read is refused at its field.
 */
class DashboardPageFilterTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static long dashboard;
    private static long revenue;
    private static long opportunities;
    private static long pinned;
    /** One rep's deals: a narrowing that changes last quarter's won revenue. */
    private static String narrow;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void aDashboardWithTwoGadgetsThatFollowThePageAndOneThatPinsItsOwn() {
        dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Weekly sales meeting", "layout", "three-columns")).get("id")).longValue();
        revenue = gadget(0, Map.of("v", "1", "profile", "1", "title", "Revenue", "kpi", "won-revenue",
                "period", "this-quarter"));
        opportunities = gadget(1, Map.of("v", "1", "profile", "1", "title", "Opportunities", "kpi", "new-opportunities",
                "period", "this-year"));
        pinned = gadget(2, Map.of("v", "1", "profile", "1", "title", "Pinned revenue", "kpi", "won-revenue",
                "period", "this-quarter", "pinned", "true"));
        List<Map<String, Object>> reps = (List<Map<String, Object>>) browser.jsonAsAdmin("GET",
                "/gadgets/leaderboard/data?profile=1&period=last-quarter", null).get("entries");
        String rep = reps.stream().filter(e -> ((Number) e.get("wonAmount")).doubleValue() > 0)
                .map(e -> (String) e.get("rep")).findFirst().orElseThrow();
        narrow = "assignee = \"" + rep + "\"";
    }

    @Test
    void everyUnpinnedGadgetFollowsThePagesPeriodAndFilterAndALinkShowsTheSameFigures() {
        double narrowed = api("won-revenue", "last-quarter", narrow);
        assertThat(narrowed).as("the narrowing changes the figure").isNotEqualTo(api("won-revenue", "last-quarter", ""));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilReady();
        assertThat(shown(revenue)).isEqualTo(api("won-revenue", "this-quarter", ""));

        new Select(browser.waitFor(By.id("saleskpi-page-period"))).selectByValue("last-quarter");
        browser.driver().findElement(By.id("saleskpi-page-jql")).sendKeys(narrow);
        browser.driver().findElement(By.cssSelector("[data-action=apply-page-filter]")).click();
        browser.waitUntil(d -> "narrow period".equals(frame(revenue).getAttribute("data-follows")) && ready());
        assertFigures(narrowed);
        assertThat(frame(pinned).findElement(By.cssSelector(".saleskpi-gadget-pinned")).isDisplayed()).isTrue();
        assertThat(browser.location()).contains("period=last-quarter").contains("jql=");
        browser.screenshot("dashboard-page-period-and-filter");

        // A fresh session opening the link sees the same figures, and the picker and box say why.
        String link = browser.driver().getCurrentUrl();
        browser.driver().manage().deleteAllCookies();
        browser.signInAsAdmin();
        browser.driver().get(link);
        waitUntilReady();
        browser.waitUntil(d -> "narrow period".equals(frame(revenue).getAttribute("data-follows")));
        assertFigures(narrowed);
        assertThat(new Select(browser.waitFor(By.id("saleskpi-page-period"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("last-quarter");
        assertThat(browser.driver().findElement(By.id("saleskpi-page-jql")).getAttribute("value")).isEqualTo(narrow);
        browser.assertNoConsoleErrors();
    }

    @Test
    void fiscalYearToDateShowsTheFiguresTheApiComputesForIt() {
        assertThat(api("won-revenue", "fiscal-year-to-date", "")).as("the period changes the figure")
                .isNotEqualTo(api("won-revenue", "this-quarter", ""));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilReady();
        new Select(browser.waitFor(By.id("saleskpi-page-period"))).selectByValue("fiscal-year-to-date");
        browser.driver().findElement(By.cssSelector("[data-action=apply-page-filter]")).click();
        browser.waitUntil(d -> "period".equals(frame(revenue).getAttribute("data-follows")) && ready());
        assertThat(shown(revenue)).isEqualTo(api("won-revenue", "fiscal-year-to-date", ""));
        assertThat(shown(opportunities)).isEqualTo(api("new-opportunities", "fiscal-year-to-date", ""));
        assertThat(shown(pinned)).isEqualTo(api("won-revenue", "this-quarter", ""));
        assertThat(browser.location()).contains("period=fiscal-year-to-date");
        browser.screenshot("dashboard-page-period-fiscal-year-to-date");
        browser.driver().findElement(By.cssSelector("[data-action=clear-page-filter]")).click();
        browser.waitUntil(d -> "".equals(frame(revenue).getAttribute("data-follows")) && ready());
    }

    @Test
    void aCustomRangeIsSentWithItsLastDayIncludedAndClearingGivesEachGadgetItsOwnAgain() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilReady();
        new Select(browser.waitFor(By.id("saleskpi-page-period"))).selectByValue("custom");
        date("saleskpi-page-from", "2026-04-01");
        date("saleskpi-page-to", "2026-09-30");
        browser.driver().findElement(By.cssSelector("[data-action=apply-page-filter]")).click();
        browser.waitUntil(d -> "period".equals(frame(revenue).getAttribute("data-follows")) && ready());
        assertThat(shown(revenue)).isEqualTo(api("won-revenue", "2026-04-01..2026-10-01", ""));
        assertThat(browser.location()).contains("period=2026-04-01..2026-10-01");

        browser.driver().findElement(By.cssSelector("[data-action=clear-page-filter]")).click();
        browser.waitUntil(d -> "".equals(frame(revenue).getAttribute("data-follows")) && ready());
        assertThat(shown(revenue)).isEqualTo(api("won-revenue", "this-quarter", ""));
        assertThat(shown(opportunities)).isEqualTo(api("new-opportunities", "this-year", ""));
        assertThat(browser.location()).doesNotContain("period=");
    }

    @Test
    void aNarrowingTheServerCannotReadIsRefusedAtItsFieldAndByTheApi() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilReady();
        browser.waitFor(By.id("saleskpi-page-jql")).sendKeys("assignee = = nobody");
        browser.driver().findElement(By.cssSelector("[data-action=apply-page-filter]")).click();
        WebElement error = browser.waitFor(By.cssSelector(".saleskpi-dashboard-period [data-field=narrow]"));
        assertThat(error.getText()).startsWith("Narrow with JQL:");
        assertThat(browser.driver().findElement(By.id("saleskpi-page-jql")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.location()).doesNotContain("jql=");
        assertThat(frame(revenue).getAttribute("data-follows")).isEmpty();
        browser.screenshot("dashboard-page-filter-refused");

        HttpResponse<String> answer = browser.asAdmin("GET", "/gadgets/calculation/data?profile=1&kpi=won-revenue"
                + "&narrow=" + URLEncoder.encode("assignee = = nobody", StandardCharsets.UTF_8), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Json.gson().fromJson(answer.body(), Map.class)
                .get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("narrow");
    }

    private static void assertFigures(double narrowed) {
        assertThat(shown(revenue)).isEqualTo(narrowed);
        assertThat(shown(opportunities)).isEqualTo(api("new-opportunities", "last-quarter", narrow));
        assertThat(shown(pinned)).isEqualTo(api("won-revenue", "this-quarter", ""));
        assertThat(frame(pinned).getAttribute("data-follows")).isEmpty();
    }

    private static void date(String id, String value) {
        browser.script("var input = document.getElementById(arguments[0]); input.value = arguments[1];", id, value);
    }

    private static long gadget(int column, Map<String, String> preferences) {
        return ((Number) browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type",
                "calculation", "column", column, "position", 0, "preferences", preferences)).get("id")).longValue();
    }

    /** The calculation's figure as the API computes it for the admin. */
    private static double api(String kpi, String period, String narrowing) {
        Object value = browser.jsonAsAdmin("GET", "/gadgets/calculation/data?profile=1&kpi=" + kpi + "&period="
                + period + "&narrow=" + URLEncoder.encode(narrowing, StandardCharsets.UTF_8), null).get("value");
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    private static WebElement frame(long gadget) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-id='" + gadget + "']"));
    }

    private static double shown(long gadget) {
        String value = frame(gadget).findElement(By.cssSelector(".gadget-value")).getAttribute("data-value");
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }

    private static boolean ready() {
        return browser.driver().findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 3;
    }

    private static void waitUntilReady() {
        browser.waitUntil(d -> ready());
    }
}
