package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.saleskpi.core.gadget.Gadgets;

/**
 * Every page of the standalone server in a real browser: it loads its data without a single error
 * in the console, and is saved as {@code target/screenshots/page-<name>.png} for review.
 */
class EveryPageTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static long dashboard;
    private static long goal;

    @BeforeAll
    static void aDashboardWithEveryGadgetAndAGoal() {
        Map<String, Object> created = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Every page goal", "targets", List.of(Map.of("name", "Meetings", "kind", "number",
                        "startValue", 0, "targetValue", 30))));
        goal = ((Number) created.get("id")).longValue();
        Object target = ((Map<?, ?>) ((List<?>) created.get("targets")).get(0)).get("id");
        dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Every page", "layout", "two-columns")).get("id")).longValue();
        int position = 0;
        // Every registered type, so a new one is checked without an edit here.
        for (String type : Gadgets.keys()) {
            Map<String, String> preferences = new LinkedHashMap<>(Map.of("v", "1", "profile", "1"));
            if (type.equals("battery")) {
                preferences.put("goal", String.valueOf(goal));
                preferences.put("target", String.valueOf(((Number) target).longValue()));
            }
            browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets",
                    Map.of("type", type, "column", position % 2, "position", position++, "preferences", preferences));
        }
    }

    /** Page name → path and an element that shows the page has drawn its data. */
    private static Map<String, String[]> pages() {
        Map<String, String[]> pages = new LinkedHashMap<>();
        pages.put("dashboards", new String[] {"/dashboards", "table.saleskpi-table[data-rows]"});
        pages.put("dashboard-every-gadget", new String[] {"/dashboards/" + dashboard, "section.saleskpi-gadget"});
        pages.put("goals-list", new String[] {"/goals?project=SALES", "tr[data-goal-id]"});
        pages.put("goal-detail", new String[] {"/goals/" + goal, "[data-history-for]"});
        pages.put("profiles", new String[] {"/profiles", "tr[data-profile-id]"});
        pages.put("profile", new String[] {"/profiles/1", "form[data-form=profile]"});
        pages.put("issues", new String[] {"/issues?jql=project%20%3D%20SALES", "table[data-total]"});
        pages.put("import", new String[] {"/import", "form[data-form=import]"});
        pages.put("admin-users", new String[] {"/admin/users", "tr[data-username]"});
        pages.put("admin-connections", new String[] {"/admin/connections", "form[data-form=add-connection]"});
        return pages;
    }

    private static void openAndWait(String[] page) {
        browser.open(page[0]);
        browser.waitFor(By.cssSelector(page[1]));
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-state=loading], [aria-busy=true]")).isEmpty());
    }

    @Test
    void everyPageLoadsWithoutAConsoleError() {
        browser.signInAsAdmin();
        for (Map.Entry<String, String[]> page : pages().entrySet()) {
            openAndWait(page.getValue());
            assertThat(browser.driver().findElements(By.cssSelector("[data-state=error]"))).as(page.getKey()).isEmpty();
            browser.screenshot("page-" + page.getKey());
            assertThat(browser.consoleErrors()).as("console errors on %s", page.getValue()[0]).isEmpty();
        }

        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.waitFor(By.id("login-form"));
        browser.screenshot("page-login");
        browser.assertNoConsoleErrors();
    }

    @Test
    void everyPageFitsAWindowOf1024PixelsWithoutScrollingSideways() {
        browser.signInAsAdmin();
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1024, 800));
        try {
            for (Map.Entry<String, String[]> page : pages().entrySet()) {
                openAndWait(page.getValue());
                Number overflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");

                assertThat(overflow.intValue()).as("%s scrolls sideways at 1024 px", page.getKey()).isLessThanOrEqualTo(0);
            }
            browser.open("/dashboards/" + dashboard);
            browser.waitUntil(d -> d.findElements(By.cssSelector("[data-state=loading]")).isEmpty());
            browser.screenshot("page-dashboard-1024");
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
