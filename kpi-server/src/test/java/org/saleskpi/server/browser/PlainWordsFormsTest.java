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
import org.saleskpi.web.json.Json;

/**
 * Every option chosen, nothing typed as an internal key (issue 17): a table sorted by a click on its heading and kept
 * so, a target line chosen as each rep's quota or a number in the KPI's unit (a rate in percent), and a KPI target of a
 * goal typed in the KPI's unit with the only profile chosen already.
 */
class PlainWordsFormsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final By FORM = By.cssSelector("form.saleskpi-gadget-form");

    @Test
    void aTableIsSortedByAClickOnAHeadingBothWaysAndKeepsItsOrder() {
        long dashboard = browser.dashboardWith("Sort by a heading", "one-column",
                Map.of("table", Map.of("kpi", "won-revenue,win-rate", "period", "last-quarter")));
        String query = "/gadgets/table/data?profile=1&kpi=won-revenue&kpi=win-rate&period=last-quarter";
        List<?> columns = (List<?>) browser.jsonAsAdmin("GET", query, null).get("columns");
        String winRate = (String) ((Map<?, ?>) columns.get(1)).get("key");
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        ready("table").findElement(By.cssSelector("button[data-sort='" + winRate + "']")).click();

        WebElement sorted = browser.waitFor(By.cssSelector("section[data-gadget-type=table][data-state=ready] "
                + "th[aria-sort=descending] button[data-sort='" + winRate + "']"));
        assertThat(sorted.getText()).isEqualTo("Win rate \u25BC");
        assertThat(shownGroups()).isEqualTo(groups(query + "&sort=" + winRate + "&descending=true"));
        assertThat(preferences(dashboard)).containsEntry("sort", winRate).containsEntry("descending", "true");
        browser.screenshot("table-sorted-by-heading");

        browser.waitFor(By.cssSelector("section[data-gadget-type=table][data-state=ready] button[data-sort='" + winRate + "']"))
                .click();
        browser.waitFor(By.cssSelector("section[data-gadget-type=table][data-state=ready] th[aria-sort=ascending]"));
        assertThat(shownGroups()).isEqualTo(groups(query + "&sort=" + winRate + "&descending=false"));
        browser.waitUntil(d -> "false".equals(preferences(dashboard).get("descending")));

        // Kept: the page opened again shows the same order, and the form shows it as chosen.
        browser.open("/dashboards/" + dashboard);
        WebElement again = browser.waitFor(By.cssSelector(
                "section[data-gadget-type=table][data-state=ready] th[aria-sort=ascending] button"));
        assertThat(again.getText()).isEqualTo("Win rate \u25B2");
        WebElement form = configure("table");
        Select sort = new Select(form.findElement(By.name("sort")));
        browser.waitUntil(d -> !sort.getFirstSelectedOption().getText().equals("Loading\u2026"));
        assertThat(sort.getFirstSelectedOption().getText()).isEqualTo("Win rate");
        assertThat(sort.getFirstSelectedOption().getAttribute("value")).isEqualTo(winRate);
        browser.assertNoConsoleErrors();
    }

    @Test
    void aLineTargetIsChosenAsANumberInPercentForARateOrAsEachRepsQuotaForMoney() {
        long dashboard = browser.dashboardWith("Target line chosen", "one-column", Map.of("line",
                Map.of("kpi", "win-rate", "period", "this-year", "bucket", "month", "target", "0.6")));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement form = configure("line");
        WebElement number = form.findElement(By.name("targetNumber"));
        WebElement mode = form.findElement(By.cssSelector(".saleskpi-target select"));

        // Saved before as the fraction 0.6: read the same, shown as 60 with its unit.
        browser.waitUntil(d -> "60".equals(number.getAttribute("value")));
        assertThat(new Select(mode).getFirstSelectedOption().getText()).isEqualTo("A number");
        assertThat(form.findElement(By.cssSelector(".saleskpi-target-unit")).getText()).isEqualTo("%");
        assertThat(mode.findElement(By.cssSelector("option[value=quota]")).isEnabled()).as("quotas are money").isFalse();
        browser.screenshot(form, "line-target-percent");
        number.clear();
        number.sendKeys("45");
        save(form);
        assertThat(preferences(dashboard)).containsEntry("target", "0.45");

        WebElement again = configure("line");
        toggleKpi(again, "win-rate");
        toggleKpi(again, "won-revenue");
        WebElement modeAgain = again.findElement(By.cssSelector(".saleskpi-target select"));
        browser.waitUntil(d -> modeAgain.findElement(By.cssSelector("option[value=quota]")).isEnabled());
        new Select(modeAgain).selectByVisibleText("A number");
        assertThat(again.findElement(By.cssSelector(".saleskpi-target-unit")).getText()).isEqualTo("USD");
        new Select(modeAgain).selectByVisibleText("Each rep's quota");
        assertThat(again.findElement(By.name("targetNumber")).isDisplayed()).isFalse();
        save(again);
        assertThat(preferences(dashboard)).containsEntry("target", "quota");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aKpiTargetOfAGoalIsTypedInTheKpisUnitWithTheOnlyProfileChosen() {
        List<?> profiles = Json.gson().fromJson(browser.asAdmin("GET", "/profiles?project=SALES", null).body(), List.class);
        assertThat(profiles).as("the project has one profile").hasSize(1);
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        form.findElement(By.name("name")).sendKeys("Win more of what we close");
        form.findElement(By.cssSelector("[data-action=add-target]")).click();
        browser.waitFor(By.name("targets[0].name")).sendKeys("Win rate");
        new Select(form.findElement(By.name("targets[0].kind"))).selectByValue("kpi");
        WebElement profile = form.findElement(By.name("targets[0].kpiProfileId"));

        browser.waitUntil(d -> "1".equals(profile.getAttribute("value")));
        WebElement kpi = form.findElement(By.name("targets[0].kpiKey"));
        browser.waitUntil(d -> kpi.findElements(By.cssSelector("option[value='win-rate']")).size() == 1);
        new Select(kpi).selectByValue("win-rate");
        WebElement unit = form.findElement(By.cssSelector(".saleskpi-kpi-unit"));
        browser.waitUntil(d -> "%".equals(unit.getText()));
        form.findElement(By.name("targets[0].targetValue")).sendKeys("60");
        browser.screenshot(form, "goal-kpi-target-percent");
        new Select(kpi).selectByValue("won-revenue");
        browser.waitUntil(d -> "USD".equals(unit.getText()));
        new Select(kpi).selectByValue("win-rate");
        form.findElement(By.cssSelector("[data-action=create-goal]")).click();

        browser.waitUntil(d -> browser.location().matches(".*/goals/\\d+(\\?created=true)?"));
        String goalId = browser.location().replaceAll("^.*/goals/(\\d+).*$", "$1");
        Map<String, Object> goal = browser.jsonAsAdmin("GET", "/goals/" + goalId, null);
        Map<?, ?> target = (Map<?, ?>) ((List<?>) goal.get("targets")).get(0);
        assertThat(((Number) target.get("targetValue")).doubleValue()).isEqualTo(0.6);
        assertThat(target.get("kpiProfileId")).isIn(1, 1L, 1.0);
        browser.assertNoConsoleErrors();
    }

    @Test
    void theEditGoalFormOffersTheCreateFormsPeriods() {
        Map<String, Object> created = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Odd dates", "startDate", "2026-01-05", "dueDate", "2026-02-07"));
        long goal = ((Number) created.get("id")).longValue();
        browser.signInAsAdmin();
        browser.open("/goals/" + goal);
        browser.waitFor(By.cssSelector("[data-action=edit-goal]")).click();
        WebElement form = browser.waitFor(By.cssSelector("form[data-form=edit-goal]"));
        WebElement period = form.findElement(By.name("period"));
        browser.waitUntil(d -> period.findElements(By.cssSelector("option[value=next-quarter]")).size() == 1);
        assertThat(period.getAttribute("value")).as("dates that are no period").isEqualTo("custom");
        assertThat(form.findElement(By.name("startDate")).getAttribute("value")).isEqualTo("2026-01-05");

        new Select(period).selectByValue("next-quarter");
        String start = form.findElement(By.name("startDate")).getAttribute("value");
        String due = form.findElement(By.name("dueDate")).getAttribute("value");
        assertThat(start).isNotEqualTo("2026-01-05");
        browser.screenshot(form, "goal-edit-period");
        form.findElement(By.cssSelector("[data-action=save-goal]")).click();

        browser.waitUntil(d -> start.equals(browser.jsonAsAdmin("GET", "/goals/" + goal, null).get("startDate")));
        assertThat(browser.jsonAsAdmin("GET", "/goals/" + goal, null).get("dueDate")).isEqualTo(due);
        browser.open("/goals/" + goal);
        browser.waitFor(By.cssSelector("[data-action=edit-goal]")).click();
        WebElement again = browser.waitFor(By.cssSelector("form[data-form=edit-goal] select[name=period]"));
        browser.waitUntil(d -> "next-quarter".equals(again.getAttribute("value")));
        browser.assertNoConsoleErrors();
    }

    private static WebElement ready(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
    }

    /** The groups (reps) of the table as the page shows them, top to bottom. */
    private static List<String> shownGroups() {
        return ready("table").findElements(By.cssSelector("tbody th")).stream().map(WebElement::getText).toList();
    }

    /** The groups of the table as the REST API orders them. */
    private static List<String> groups(String query) {
        return ((List<?>) browser.jsonAsAdmin("GET", query, null).get("rows")).stream()
                .map(row -> (String) ((Map<?, ?>) row).get("label")).toList();
    }

    private static Map<String, Object> preferences(long dashboard) {
        Map<String, Object> stored = browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> preferences = (Map<String, Object>) ((Map<?, ?>) ((List<?>) stored.get("gadgets")).get(0)).get("preferences");
        return preferences;
    }

    private static WebElement configure(String type) {
        WebElement gadget = ready(type);
        browser.gadgetAction(gadget.findElement(By.xpath("ancestor::div[contains(@class,'saleskpi-dashboard-item')]")),
                "configure");
        WebElement form = browser.waitFor(FORM);
        browser.waitUntil(d -> !form.findElements(By.cssSelector(".saleskpi-multi input")).isEmpty());
        return form;
    }

    private static void toggleKpi(WebElement form, String kpi) {
        WebElement box = form.findElement(By.cssSelector(".saleskpi-multi input[value='" + kpi + "']"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }

    private static void save(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(FORM));
    }
}
