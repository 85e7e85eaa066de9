package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saleskpi.web.json.Json;

/**
 * A dashboard shared with Petra, who views the demo's SALES project only, holding what she sees in part or not at
 * all: revenue over SALES and the management project MGMT says its figures (her own, SALES's alone) count only the
 * projects she may see; a battery over an MGMT goal says it shows a goal she may not see, instead of an error; a
 * battery over a SALES goal is drawn. The administrator who made it sees every figure without a notice.
 */
class DashboardPartialSightTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static long dashboard;
    private static long bothProjects;
    private static long managementBattery;
    private static long salesBattery;
    private static long bothProfile;

    @BeforeAll
    static void aDashboardOverSalesAndManagementSharedWithPetra() {
        browser.user("petra", "Petra Partial");
        browser.role("SALES", "petra", "viewer");
        Object fields = browser.jsonAsAdmin("GET", "/profiles/1", null).get("fields");
        bothProfile = id(browser.jsonAsAdmin("POST", "/profiles", Map.of("name", "Sales and management",
                "project", "SALES", "scope", "project in (SALES, MGMT)", "leadTypes", List.of("Lead"), "dealTypes",
                List.of("Opportunity"), "wonStatuses", List.of("Won"), "fields", fields)));
        long managementGoal = id(browser.jsonAsAdmin("POST", "/goals", Map.of("project", "MGMT",
                "name", "Board's secret quarter")));
        long salesGoal = id(browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES", "name", "Team quarter")));
        dashboard = id(browser.jsonAsAdmin("POST", "/dashboards", Map.of("name", "Partly seen",
                "layout", "three-columns")));
        bothProjects = gadget("calculation", 0, Map.of("v", "1", "profile", String.valueOf(bothProfile), "title",
                "Revenue of both", "kpi", "won-revenue", "period", "this-year"));
        managementBattery = gadget("battery", 1, Map.of("v", "1", "title", "Board goal",
                "goal", String.valueOf(managementGoal)));
        salesBattery = gadget("battery", 2, Map.of("v", "1", "title", "Team goal", "goal", String.valueOf(salesGoal)));
        browser.jsonAsAdmin("PUT", "/dashboards/" + dashboard + "/shares",
                Map.of("shares", List.of(Map.of("user", "petra", "rights", "view"))));
    }

    @Test
    void aViewerIsToldOfTheGoalSheMayNotSeeAndOfFiguresCoveringOnlyHerProjects() {
        browser.signIn("petra", Browser.PASSWORD);
        browser.open("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 2);
        WebElement partial = browser.waitFor(By.cssSelector("#saleskpi-gadget-" + bothProjects
                + " .saleskpi-gadget-partial"));
        assertThat(partial.getText()).isEqualTo(
                "These figures count only the issues of the projects you may see; others see more of them.");
        assertThat(shown(bothProjects)).isEqualTo(apiAsPetra());
        WebElement unseen = browser.waitFor(By.cssSelector("section[data-gadget-id='" + managementBattery
                + "'][data-state=unseen]"));
        assertThat(unseen.getText()).contains("Board goal").contains("shows a goal you may not see")
                .doesNotContain("Board's secret quarter");
        assertThat(browser.driver().findElements(By.cssSelector("#saleskpi-gadget-" + salesBattery
                + " section.saleskpi-gadget[data-state=ready]"))).hasSize(1);
        assertThat(browser.driver().findElements(By.cssSelector("#saleskpi-gadget-" + salesBattery
                + " .saleskpi-gadget-partial, #saleskpi-gadget-" + managementBattery + " .saleskpi-gadget-partial")))
                .isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("section.saleskpi-gadget[data-state=error]")))
                .as("no gadget shows an error").isEmpty();
        browser.screenshot("dashboard-partly-seen-as-viewer");
        assertThat(browser.consoleErrors()).as("errors in the browser console")
                .allMatch(error -> error.contains("status of 503") || error.contains("status of 429"));

        browser.driver().manage().deleteAllCookies();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 3);
        assertThat(browser.driver().findElements(By.cssSelector(".saleskpi-gadget-partial"))).isEmpty();
        browser.screenshot("dashboard-partly-seen-as-owner");
    }

    private static long gadget(String type, int column, Map<String, String> preferences) {
        return id(browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", type,
                "column", column, "position", 0, "preferences", preferences)));
    }

    private static long id(Map<String, Object> json) {
        return ((Number) json.get("id")).longValue();
    }

    private static double shown(long gadget) {
        String value = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-id='" + gadget
                + "'] .gadget-value")).getAttribute("data-value");
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }

    /** The revenue of both projects as the gadget API computes it for Petra. */
    private static double apiAsPetra() {
        HttpResponse<String> answer = browser.as("petra", "GET", "/gadgets/calculation/data?profile=" + bothProfile
                + "&kpi=won-revenue&period=this-year", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Object value = Json.gson().fromJson(answer.body(), Map.class).get("value");
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }
}
