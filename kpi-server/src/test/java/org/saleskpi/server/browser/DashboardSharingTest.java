package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.web.json.Json;

/**
 * Sharing a dashboard as a sales manager would (ADR 0061): Sheila, who sees the demo's SALES project and the
 * management project MGMT, shares her dashboard from its dialog with SALES's viewers and with Nico by name. Vera views
 * SALES only: she finds it under "Shared with me", sees the SALES gadgets' figures as the API computes them for her,
 * and in place of the MGMT gadget's a plain-words notice; she stars it, and her next visit to the top bar's
 * Dashboards link opens it.
 */
class DashboardSharingTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static long dashboard;
    private static long revenue;
    private static long opportunities;
    private static long management;

    @BeforeAll
    static void sheilasDashboardOverSalesAndManagement() {
        browser.user("sheila", "Sheila Sharer");
        browser.user("vera", "Vera Viewer");
        browser.user("nico", "Nico Named");
        browser.role("SALES", "sheila", "editor");
        browser.role("MGMT", "sheila", "viewer");
        browser.role("SALES", "vera", "viewer");
        Object fields = browser.jsonAsAdmin("GET", "/profiles/1", null).get("fields");
        long managementProfile = ((Number) browser.jsonAsAdmin("POST", "/profiles", Map.of("name", "Management",
                "project", "MGMT", "scope", "project = MGMT", "leadTypes", List.of("Lead"), "dealTypes",
                List.of("Opportunity"), "wonStatuses", List.of("Won"), "fields", fields)).get("id")).longValue();
        dashboard = ((Number) as("sheila", "POST", "/dashboards", Map.of("name", "Shared pipeline",
                "layout", "three-columns")).get("id")).longValue();
        revenue = gadget(0, Map.of("v", "1", "profile", "1", "title", "Revenue", "kpi", "won-revenue",
                "period", "this-year"));
        opportunities = gadget(1, Map.of("v", "1", "profile", "1", "title", "Opportunities", "kpi",
                "new-opportunities", "period", "this-year"));
        management = gadget(2, Map.of("v", "1", "profile", String.valueOf(managementProfile), "title",
                "Management revenue", "kpi", "won-revenue", "period", "this-year"));
    }

    @Test
    void aViewerOfOneProjectSeesHerOwnFiguresANoticeForTheOtherStarsItAndStartsThereNextTime() {
        browser.open("/login?next=%2Fdashboards%2F" + dashboard);
        browser.signIn("sheila", Browser.PASSWORD);
        browser.waitForLocation("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 3);
        browser.waitFor(By.cssSelector("[data-action=share]")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".saleskpi-share-dialog"));
        dialog.findElement(By.cssSelector("[data-action=add-project]")).click();
        WebElement line = dialog.findElement(By.cssSelector("tr[data-share-line='0']"));
        new Select(line.findElement(By.cssSelector("select[data-share=project]"))).selectByValue("SALES");
        new Select(line.findElement(By.cssSelector("select[data-share=role]"))).selectByValue("viewer");
        addPerson(dialog, "Nico", "nico");
        browser.screenshot("dashboard-share-dialog");
        dialog.findElement(By.cssSelector("[data-action=save-shares]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-share-dialog")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shares = (List<Map<String, Object>>) as("sheila", "GET",
                "/dashboards/" + dashboard + "/shares", null).get("shares");
        assertThat(shares).extracting(s -> s.get("project") + " " + s.get("role") + " " + s.get("user") + " "
                + s.get("rights")).containsExactly("SALES viewer null view", "null null nico view");
        assertThat(as("nico", "GET", "/dashboards/" + dashboard, null).get("access")).isEqualTo("view");
        assertNoConsoleErrorsButRetries();

        browser.driver().manage().deleteAllCookies();
        browser.signIn("vera", Browser.PASSWORD);
        browser.waitFor(By.cssSelector("[data-list=shared] a[data-dashboard-id='" + dashboard + "']")).click();
        browser.waitForLocation("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 2);
        assertThat(shown(revenue)).isEqualTo(apiAsVera("won-revenue"));
        assertThat(shown(opportunities)).isEqualTo(apiAsVera("new-opportunities"));
        WebElement notice = browser.waitFor(By.cssSelector("section[data-gadget-id='" + management + "'][data-state=unseen]"));
        assertThat(notice.getText()).contains("Management revenue")
                .contains("counts issues of a project you may not see");
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=menu]"))).as("a viewer arranges nothing")
                .isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("[data-action=share]")).isDisplayed()).isFalse();
        browser.waitFor(By.cssSelector("[data-action=favourite][aria-pressed=false]")).click();
        browser.waitFor(By.cssSelector("[data-action=favourite][aria-pressed=true]"));
        browser.screenshot("dashboard-shared-as-viewer");
        assertNoConsoleErrorsButRetries();

        browser.open("/dashboards");
        browser.waitFor(By.cssSelector("[data-list=favourites] a[data-dashboard-id='" + dashboard + "']"));
        browser.screenshot("dashboards-mine-shared-favourites");
        browser.driver().manage().deleteAllCookies();
        browser.signIn("vera", Browser.PASSWORD);
        browser.waitFor(By.cssSelector(".top-bar-nav a[href='/']")).click();
        browser.waitForLocation("/dashboards/" + dashboard);
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == 2);
        assertNoConsoleErrorsButRetries();
    }

    /**
     * The owner lists as many project roles and people as she likes, each with their own rights, removes one,
     * and saves them all at once; a line the server refuses (herself) says why on that line, and nothing is saved
     * until she removes it.
     */
    @Test
    void theOwnerSharesWithSeveralRolesAndPeopleRemovesOneAndARefusedLineSaysWhy() {
        long several = ((Number) as("sheila", "POST", "/dashboards", Map.of("name", "Shared widely")).get("id"))
                .longValue();
        browser.open("/login?next=%2Fdashboards%2F" + several);
        browser.signIn("sheila", Browser.PASSWORD);
        browser.waitForLocation("/dashboards/" + several);
        browser.waitFor(By.cssSelector("[data-action=share]")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".saleskpi-share-dialog"));
        assertThat(dialog.findElement(By.cssSelector("[data-share-private]")).getText()).contains("only you");
        for (String[] wanted : new String[][] {{"SALES", "viewer", "view"}, {"SALES", "admin", "edit"},
                {"SALES", "editor", "edit"}}) {
            dialog.findElement(By.cssSelector("[data-action=add-project]")).click();
            List<WebElement> lines = dialog.findElements(By.cssSelector("tr[data-share-kind=project]"));
            WebElement line = lines.get(lines.size() - 1);
            new Select(line.findElement(By.cssSelector("select[data-share=project]"))).selectByValue(wanted[0]);
            new Select(line.findElement(By.cssSelector("select[data-share=role]"))).selectByValue(wanted[1]);
            new Select(line.findElement(By.cssSelector("select[data-share=rights]"))).selectByValue(wanted[2]);
        }
        addPerson(dialog, "Nico", "nico");
        new Select(dialog.findElement(By.cssSelector("tr[data-user-key=nico] select[data-share=rights]")))
                .selectByValue("edit");
        addPerson(dialog, "Vera", "vera");
        addPerson(dialog, "Sheila", "sheila");
        assertThat(dialog.findElement(By.cssSelector("[data-share-private]")).isDisplayed()).isFalse();
        // The third line goes: the others keep their choices.
        dialog.findElement(By.cssSelector("tr[data-share-line='2'] [data-action=remove-share]")).click();
        assertThat(dialog.findElements(By.cssSelector("tr[data-share-line]"))).hasSize(5);
        browser.screenshot("dashboard-share-several-lines");

        dialog.findElement(By.cssSelector("[data-action=save-shares]")).click();
        WebElement refused = browser.waitFor(By.cssSelector("tr[data-user-key=sheila] [data-share-error]"));
        assertThat(refused.getText()).contains("You own this dashboard");
        assertThat(refused.findElement(By.tagName("span")).getAttribute("data-field")).isEqualTo("shares[4].user");
        assertThat(browser.consoleErrors()).describedAs("the refused save, and nothing else")
                .singleElement().asString().contains("400");
        assertThat((List<?>) as("sheila", "GET", "/dashboards/" + several + "/shares", null).get("shares")).isEmpty();
        browser.screenshot("dashboard-share-refused-line");

        dialog.findElement(By.cssSelector("tr[data-user-key=sheila] [data-action=remove-share]")).click();
        dialog.findElement(By.cssSelector("[data-action=save-shares]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-share-dialog")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> shares = (List<Map<String, Object>>) as("sheila", "GET",
                "/dashboards/" + several + "/shares", null).get("shares");
        assertThat(shares).extracting(s -> s.get("project") + " " + s.get("role") + " " + s.get("user") + " "
                + s.get("rights")).containsExactlyInAnyOrder("SALES viewer null view", "SALES admin null edit",
                "null null nico edit", "null null vera view");

        // Opened again, the dialog lists the saved lines; removing every one makes the dashboard private.
        browser.waitFor(By.cssSelector("[data-action=share]")).click();
        dialog = browser.waitFor(By.cssSelector(".saleskpi-share-dialog"));
        browser.waitUntil(d -> d.findElements(By.cssSelector("tr[data-share-line]")).size() == 4);
        while (!dialog.findElements(By.cssSelector("[data-action=remove-share]")).isEmpty()) {
            dialog.findElement(By.cssSelector("[data-action=remove-share]")).click();
        }
        dialog.findElement(By.cssSelector("[data-action=save-shares]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-share-dialog")).isEmpty());
        assertThat((List<?>) as("sheila", "GET", "/dashboards/" + several + "/shares", null).get("shares")).isEmpty();
        assertNoConsoleErrorsButRetries();
    }

    /**
     * A project set up before its first issue can be shared with: one with a KPI profile only (PLANNED, for the
     * administrator, who may browse every project) and one with members only (ROLESONLY, for Sheila, a member).
     * Before, the dialog offered only projects that had issues.
     */
    @Test
    void theShareDialogListsProjectsWithAProfileOrMembersButNoIssueYet() {
        Object fields = browser.jsonAsAdmin("GET", "/profiles/1", null).get("fields");
        browser.jsonAsAdmin("POST", "/profiles", Map.of("name", "Planned", "project", "PLANNED",
                "scope", "project = PLANNED", "leadTypes", List.of("Lead"), "dealTypes", List.of("Opportunity"),
                "wonStatuses", List.of("Won"), "fields", fields));
        browser.role("ROLESONLY", "sheila", "viewer");
        long planned = ((Number) browser.jsonAsAdmin("POST", "/dashboards", Map.of("name", "Planned pipeline"))
                .get("id")).longValue();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + planned);
        browser.waitFor(By.cssSelector("[data-action=share]")).click();
        WebElement dialog = browser.waitFor(By.cssSelector(".saleskpi-share-dialog"));
        dialog.findElement(By.cssSelector("[data-action=add-project]")).click();
        Select project = new Select(dialog.findElement(By.cssSelector("tr[data-share-line='0'] select[data-share=project]")));

        assertThat(project.getOptions()).extracting(option -> option.getAttribute("value"))
                .contains("SALES", "PLANNED", "ROLESONLY");
        project.selectByValue("PLANNED");
        browser.screenshot("dashboard-share-project-without-issues");
        dialog.findElement(By.cssSelector("[data-action=save-shares]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-share-dialog")).isEmpty());
        List<?> shares = (List<?>) browser.jsonAsAdmin("GET", "/dashboards/" + planned + "/shares", null).get("shares");
        assertThat(shares.stream().map(share -> String.valueOf(((Map<?, ?>) share).get("project"))).toList())
                .containsExactly("PLANNED");

        // Sheila may share with the members of a project she is one of, issues or not, and not with PLANNED.
        long hers = ((Number) as("sheila", "POST", "/dashboards", Map.of("name", "Sheila's plan")).get("id")).longValue();
        List<?> sheilas = (List<?>) as("sheila", "GET", "/dashboards/" + hers + "/shares", null).get("projects");
        assertThat(sheilas.stream().map(String::valueOf).toList()).contains("ROLESONLY", "SALES")
                .doesNotContain("PLANNED");
        browser.assertNoConsoleErrors();
    }

    /** Picks a person by display name in the share dialog and adds their line. */
    private static void addPerson(WebElement dialog, String name, String userKey) {
        WebElement person = dialog.findElement(By.id("saleskpi-share-person"));
        person.sendKeys(name);
        browser.waitFor(By.cssSelector(".saleskpi-share-dialog [role=option][data-user-key=" + userKey + "]"));
        person.sendKeys(Keys.ENTER);
        dialog.findElement(By.cssSelector("[data-action=add-person]")).click();
        browser.waitFor(By.cssSelector(".saleskpi-share-dialog tr[data-user-key=" + userKey + "]"));
    }

    /**
     * No console error but the 503s and 429s a gadget answers by asking again after the server's Retry-After (a
     * busy server of two cores, or its index warming up): Chromium logs each refused request all the same.
     */
    private static void assertNoConsoleErrorsButRetries() {
        assertThat(browser.consoleErrors()).as("errors in the browser console on %s", browser.location())
                .allMatch(error -> error.contains("status of 503") || error.contains("status of 429"));
    }

    private static long gadget(int column, Map<String, String> preferences) {
        return ((Number) as("sheila", "POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "calculation",
                "column", column, "position", 0, "preferences", preferences)).get("id")).longValue();
    }

    private static double shown(long gadget) {
        String value = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-id='" + gadget + "'] .gadget-value"))
                .getAttribute("data-value");
        return value.isEmpty() ? Double.NaN : Double.parseDouble(value);
    }

    /** The calculation's figure as the gadget API computes it for Vera. */
    private static double apiAsVera(String kpi) {
        Object value = as("vera", "GET", "/gadgets/calculation/data?profile=1&kpi=" + kpi + "&period=this-year", null)
                .get("value");
        return value == null ? Double.NaN : ((Number) value).doubleValue();
    }

    /** A REST call as a user the test made (Basic credentials), which must answer 200 or 201. */
    private static Map<String, Object> as(String username, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(browser.server().rest(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + Browser.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.gson().toJson(body)));
        }
        HttpResponse<String> answer = browser.server().send(request.build());
        assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isIn(200, 201);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Json.gson().fromJson(answer.body(), Map.class);
        return json;
    }
}
