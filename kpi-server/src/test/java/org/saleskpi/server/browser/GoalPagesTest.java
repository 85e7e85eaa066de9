package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.web.json.Json;

/**
 * The goal pages in a real browser: creating a goal with every target kind, creating one for next quarter with an
 * owner picked by name, updating a value, and escaping names.
 */
class GoalPagesTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aGoalWithEveryTargetKindIsCreatedAndAValueUpdateMovesItsProgressAndHistory() {
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        form.findElement(By.name("name")).sendKeys("Close the quarter strong");
        addTarget(form, 0, "number", "Demos given", Map.of("startValue", "0", "targetValue", "40", "unitLabel", "demos"));
        addTarget(form, 1, "currency", "Upsell revenue", Map.of("targetValue", "50000"));
        addTarget(form, 2, "true-false", "Pricing page live", Map.of());
        addTarget(form, 3, "issues", "Opportunities worked",
                Map.of("jql", "project = SALES AND issuetype = Opportunity"));
        addTarget(form, 4, "kpi", "Quarter revenue", Map.of("targetValue", "1000000"));
        WebElement profile = form.findElement(By.name("targets[4].kpiProfileId"));
        browser.waitUntil(d -> profile.findElements(By.cssSelector("option[value='1']")).size() == 1);
        new Select(profile).selectByValue("1");
        WebElement kpi = form.findElement(By.name("targets[4].kpiKey"));
        browser.waitUntil(d -> kpi.findElements(By.cssSelector("option[value='won-revenue']")).size() == 1);
        new Select(kpi).selectByValue("won-revenue");
        browser.screenshot("page-goals-create");
        form.findElement(By.cssSelector("[data-action=create-goal]")).click();

        String goalId = createdGoalId();
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("tr[data-goal-id='" + goalId + "']"));
        browser.screenshot("page-goals");
        browser.assertNoConsoleErrors();

        browser.open("/goals/" + goalId);
        List<WebElement> targets = browser.waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr[data-target-id]"), 5));
        assertThat(targets.stream().map(WebElement::getText).toList()).anySatisfy(t -> assertThat(t).contains("Demos given"))
                .anySatisfy(t -> assertThat(t).contains("Upsell revenue")).anySatisfy(t -> assertThat(t).contains("Pricing page live"))
                .anySatisfy(t -> assertThat(t).contains("Opportunities worked")).anySatisfy(t -> assertThat(t).contains("Quarter revenue"));
        WebElement demos = targets.stream().filter(t -> t.getText().contains("Demos given")).findFirst().orElseThrow();
        String targetId = demos.getAttribute("data-target-id");
        By progress = By.cssSelector("tr[data-target-id='" + targetId + "'] [role=progressbar]");
        By history = By.cssSelector("[data-history-for='" + targetId + "'] li[data-change]");
        assertThat(browser.waitFor(progress).getAttribute("aria-valuenow")).isEqualTo("0");
        int changesBefore = browser.driver().findElements(history).size();

        demos.findElement(By.cssSelector("[data-action=update-value]")).click();
        WebElement update = browser.waitFor(By.cssSelector("form[data-form=update-value]"));
        WebElement value = update.findElement(By.name("value"));
        value.clear();
        value.sendKeys("10");
        update.findElement(By.name("note")).sendKeys("Ten demos after the trade fair");
        update.findElement(By.cssSelector("[data-action=save-value]")).click();

        browser.waitUntil(d -> "25".equals(d.findElement(progress).getAttribute("aria-valuenow")));
        browser.waitUntil(d -> d.findElements(history).size() == changesBefore + 1);
        assertThat(browser.driver().findElement(history).getText()).contains("Ten demos after the trade fair");
        WebElement chart = browser.waitFor(By.cssSelector("[data-history-for='" + targetId + "'] canvas"));
        browser.waitUntil(d -> browser.paintedPixels(chart) > 200);
        browser.screenshot("page-goal");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aGoalForNextQuarterWithAnOwnerPickedByPartOfTheirNameOpensConfirmed() {
        browser.user("dq.sales", "Dana Quintero");
        browser.user("dq.other", "Quincy Adams");
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        form.findElement(By.name("name")).sendKeys("Next quarter pipeline");
        WebElement period = form.findElement(By.name("period"));
        browser.waitUntil(d -> period.findElements(By.cssSelector("option[value=next-quarter]")).size() == 1);
        new Select(period).selectByValue("next-quarter");

        // By part of the display name, which her user name (dq.sales) does not hold.
        WebElement owner = form.findElement(By.name("ownerKey"));
        assertThat(owner.getAttribute("value")).as("the signed-in user by name").isEqualTo("Administrator");
        owner.clear();
        owner.sendKeys("quint");
        WebElement dana = browser.waitFor(By.xpath("//ul[@role='listbox']/li[@role='option' and .='Dana Quintero']"));
        browser.screenshot("page-goals-people-picker");
        assertThat(owner.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.driver().findElements(By.cssSelector("ul[role=listbox] li[role=option]")))
                .extracting(WebElement::getText).doesNotContain("Quincy Adams");
        owner.sendKeys(Keys.ARROW_DOWN);
        owner.sendKeys(Keys.ARROW_UP);
        assertThat(owner.getAttribute("aria-activedescendant")).isEqualTo(dana.getAttribute("id"));
        owner.sendKeys(Keys.ENTER);
        browser.waitUntil(ExpectedConditions.attributeToBe(owner, "aria-expanded", "false"));
        assertThat(owner.getAttribute("value")).isEqualTo("Dana Quintero");
        assertThat(form.isDisplayed()).as("Enter chose a person and did not submit").isTrue();
        browser.screenshot("page-goals-create-next-quarter");
        form.findElement(By.cssSelector("[data-action=create-goal]")).click();

        String goalId = createdGoalId();
        WebElement confirmation = browser.waitFor(By.cssSelector(".saleskpi-message-success"));
        assertThat(confirmation.getText()).contains("Next quarter pipeline");
        browser.waitFor(By.cssSelector(".saleskpi-goal-summary"));
        browser.screenshot("page-goal-created");

        Map<String, Object> goal = browser.jsonAsAdmin("GET", "/goals/" + goalId, null);
        HttpResponse<String> profiles = browser.asAdmin("GET", "/profiles?project=SALES", null);
        Map<?, ?> profile = (Map<?, ?>) Json.gson().fromJson(profiles.body(), List.class).get(0);
        LocalDate today = LocalDate.now(ZoneId.of((String) profile.get("timeZone")));
        LocalDate nextQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(3);
        assertThat(goal.get("startDate")).isEqualTo(nextQuarter.toString());
        assertThat(goal.get("dueDate")).isEqualTo(nextQuarter.plusMonths(3).minusDays(1).toString());
        Map<?, ?> picked = (Map<?, ?>) Json.gson().fromJson(
                browser.asAdmin("GET", "/users?query=dq.sales&limit=1", null).body(), List.class).get(0);
        assertThat(((Map<?, ?>) goal.get("owner")).get("key")).isEqualTo(picked.get("key"));
        assertThat(((Map<?, ?>) goal.get("owner")).get("displayName")).isEqualTo("Dana Quintero");
        assertThat(browser.driver().findElement(By.cssSelector(".saleskpi-goal-summary")).getText()).contains("Dana Quintero");
        browser.assertNoConsoleErrors();

        // The goals list filtered by her (the URL holds her key) names her in its owner filter and lists the goal.
        browser.open("/goals?project=SALES&owner=" + picked.get("key"));
        WebElement filter = browser.waitFor(By.cssSelector("form[role=search] [name=owner]"));
        browser.waitUntil(d -> "Dana Quintero".equals(filter.getAttribute("value")));
        browser.waitFor(By.cssSelector("tr[data-goal-id='" + goalId + "']"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void fiscalQuartersStartInTheProfilesFiscalMonthAndAreNamedByTheYearTheyEndIn() {
        browser.signInAsAdmin();
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("[data-action=create-goal]"));
        // 6 December 2026 with an April fiscal year: FY2027 Q3 is October to December 2026, then Q4 and FY2028's four.
        @SuppressWarnings("unchecked")
        List<List<String>> periods = (List<List<String>>) browser.script("return SalesKpi.goalParts.periods("
                + "{zone: 'Asia/Tokyo', fiscalYearStartMonth: 4}, {year: 2026, month: 12, day: 6})"
                + ".map(function (p) { return [p.key, p.start, p.due]; });");
        assertThat(periods).startsWith(
                List.of("this-quarter", "2026-10-01", "2026-12-31"),
                List.of("next-quarter", "2027-01-01", "2027-03-31"),
                List.of("fiscal-2027-q3", "2026-10-01", "2026-12-31"),
                List.of("fiscal-2027-q4", "2027-01-01", "2027-03-31"),
                List.of("fiscal-2028-q1", "2027-04-01", "2027-06-30"),
                List.of("fiscal-2028-q2", "2027-07-01", "2027-09-30"),
                List.of("fiscal-2028-q3", "2027-10-01", "2027-12-31"),
                List.of("fiscal-2028-q4", "2028-01-01", "2028-03-31"),
                List.of("month-2026-12", "2026-12-01", "2026-12-31"),
                List.of("month-2027-01", "2027-01-01", "2027-01-31"),
                List.of("month-2027-02", "2027-02-01", "2027-02-28"));
        assertThat(periods).hasSize(2 + 6 + 12).last().isEqualTo(List.of("month-2027-11", "2027-11-01", "2027-11-30"));
        // A calendar fiscal year is named by its own year.
        Object january = browser.script("return SalesKpi.goalParts.periods({zone: 'UTC', fiscalYearStartMonth: 1},"
                + " {year: 2026, month: 2, day: 1})[2].key;");
        assertThat(january).isEqualTo("fiscal-2026-q1");
    }

    @Test
    void aViewerIsOfferedNoGoalChangesAndAnEditorIs() {
        browser.user("vic.viewer", "Vic Viewer");
        browser.role("SALES", "vic.viewer", "viewer");
        browser.user("eddie.editor", "Eddie Editor");
        browser.role("SALES", "eddie.editor", "editor");
        List<?> goals = (List<?>) browser.jsonAsAdmin("GET", "/goals?project=SALES", null).get("goals");
        String goalId = String.valueOf(((Number) ((Map<?, ?>) goals.get(0)).get("id")).longValue());

        browser.signIn("vic.viewer", Browser.PASSWORD);
        browser.open("/goals/" + goalId);
        // The goal page renders once it knows the caller's permissions, so its actions are final here.
        browser.waitFor(By.cssSelector(".saleskpi-goal-summary"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-action=edit-goal], [data-action=delete-goal]")))
                .isEmpty();
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("tr[data-goal-id]"));
        browser.waitUntil(d -> (Boolean) browser.script("return performance.getEntriesByType('resource')"
                + ".some(function (e) { return e.name.indexOf('/projects/SALES/permissions') >= 0; });"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-action=create-goal]")).isDisplayed()).isFalse();
        browser.assertNoConsoleErrors();

        browser.driver().manage().deleteAllCookies();
        browser.signIn("eddie.editor", Browser.PASSWORD);
        browser.open("/goals?project=SALES");
        browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-action=create-goal]")));
        browser.open("/goals/" + goalId);
        browser.waitFor(By.cssSelector("[data-action=edit-goal]"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void aGoalNamedLikeMarkupIsShownAsTextAndRunsNothing() {
        String name = "<img src=x onerror=alert(1)>";
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES", "name", name,
                "targets", List.of(Map.of("name", name, "kind", "number", "startValue", 0, "targetValue", 5))));
        long id = ((Number) goal.get("id")).longValue();
        browser.signInAsAdmin();

        browser.open("/goals?project=SALES");
        browser.waitUntil(d -> d.findElements(By.cssSelector("tr[data-goal-id='" + id + "']")).size() == 1);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-goal-id='" + id + "']")).getText()).contains(name);
        assertNothingRan();

        browser.open("/goals/" + id);
        browser.waitFor(By.cssSelector("tr[data-target-id]"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(name);
        assertThat(browser.driver().findElement(By.cssSelector("tr[data-target-id]")).getText()).contains(name);
        assertNothingRan();
        browser.assertNoConsoleErrors();
    }

    /** The id of the goal whose page opened after the create form was sent. */
    private static String createdGoalId() {
        browser.waitUntil(d -> browser.location().matches(".*/goals/\\d+(\\?created=true)?"));
        return browser.location().replaceAll("^.*/goals/(\\d+).*$", "$1");
    }

    private static void assertNothingRan() {
        assertThat(browser.driver().findElements(By.cssSelector("img[src=x]"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private static void addTarget(WebElement form, int index, String kind, String name, Map<String, String> fields) {
        form.findElement(By.cssSelector("[data-action=add-target]")).click();
        String prefix = "targets[" + index + "].";
        WebElement nameInput = browser.waitFor(By.name(prefix + "name"));
        nameInput.sendKeys(name);
        new Select(form.findElement(By.name(prefix + "kind"))).selectByValue(kind);
        fields.forEach((field, text) -> {
            WebElement input = form.findElement(By.name(prefix + field));
            input.clear();
            input.sendKeys(text);
        });
    }
}
