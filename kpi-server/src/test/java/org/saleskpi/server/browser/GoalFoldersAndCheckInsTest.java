package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.server.RunningServer;

/**
 * Goal folders and check-ins in a real browser (ADR 0062): a folder created on the goals page, a goal moved into it
 * and the folder's roll-up, a check-in on the goal's timeline, and, ten days later on the server's clock, the goals
 * whose weekly check-in is overdue in who's behind.
 */
class GoalFoldersAndCheckInsTest {
    private static final ShiftedClock CLOCK = new ShiftedClock();

    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions(), true, CLOCK));

    @Test
    void aFolderRollsUpItsGoalACheckInShowsOnTheTimelineAndAnOverdueOneInWhosBehind() {
        LocalDate today = LocalDate.now(CLOCK);
        Map<String, Object> goal = browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Trade fair follow-up", "dueDate", today.plusDays(60).toString(),
                "targets", List.of(Map.of("name", "Demos", "kind", "number", "startValue", 0, "targetValue", 10))));
        long goalId = id(goal.get("id"));
        Map<?, ?> target = (Map<?, ?>) ((List<?>) goal.get("targets")).get(0);
        browser.jsonAsAdmin("POST", "/targets/" + id(target.get("id")) + "/value",
                Map.of("value", 4, "version", id(target.get("version"))));
        long quietId = id(browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES", "name", "Quiet goal",
                "dueDate", today.plusDays(60).toString(), "checkInCadence", "weekly")).get("id"));
        browser.signInAsAdmin();

        // A new folder, chosen at once.
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("[data-action=create-folder]")).click();
        WebElement create = browser.waitFor(By.cssSelector("form[data-form=create-folder]"));
        create.findElement(By.name("name")).sendKeys("Trade fairs");
        create.findElement(By.cssSelector("[data-action=save-folder]")).click();
        WebElement folderBar = browser.waitFor(By.cssSelector(".saleskpi-folder-bar"));
        browser.waitUntil(d -> folderBar.getText().contains("Trade fairs"));
        String folderId = browser.waitFor(By.cssSelector(".saleskpi-folder-current")).getAttribute("data-folder-id");
        By rollUp = By.cssSelector("[data-roll-up='" + folderId + "']");
        browser.waitUntil(d -> d.findElement(rollUp).getText().equals("No goals"));

        // The goal moves into it from its edit form; the folder's roll-up is the goal's 40 %.
        browser.open("/goals/" + goalId);
        browser.waitFor(By.cssSelector("[data-action=edit-goal]")).click();
        WebElement edit = browser.waitFor(By.cssSelector("form[data-form=edit-goal]"));
        WebElement folder = edit.findElement(By.name("folderId"));
        browser.waitUntil(d -> folder.findElements(By.cssSelector("option[value='" + folderId + "']")).size() == 1);
        new Select(folder).selectByValue(folderId);
        assertThat(new Select(edit.findElement(By.name("checkInCadence"))).getFirstSelectedOption().getText())
                .isEqualTo("Weekly");
        edit.findElement(By.cssSelector("[data-action=save-goal]")).click();
        browser.waitUntil(d -> d.findElements(By.cssSelector("form[data-form=edit-goal]")).isEmpty());
        browser.open("/goals?project=SALES&folder=" + folderId);
        browser.waitFor(By.cssSelector("tr[data-goal-id='" + goalId + "']"));
        browser.waitUntil(d -> d.findElement(rollUp).getText().equals("40%"));
        browser.waitUntil(d -> folderBar(d).getText().contains("Mean progress of 1 goals"));
        browser.screenshot("page-goals-folder-roll-up");
        browser.driver().manage().window().setSize(new Dimension(768, 1000));
        browser.screenshot("page-goals-folder-roll-up-768");
        browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        browser.assertNoConsoleErrors();

        // A check-in, on the timeline beside the targets.
        browser.open("/goals/" + goalId);
        browser.waitFor(By.cssSelector("[data-action=write-check-in]")).click();
        WebElement write = browser.waitFor(By.cssSelector("form[data-form=write-check-in]"));
        new Select(write.findElement(By.name("status"))).selectByValue("at-risk");
        write.findElement(By.name("text")).sendKeys("Two demos moved to January; the rest are booked.");
        write.findElement(By.cssSelector("[data-action=post-check-in]")).click();
        WebElement entry = browser.waitFor(By.cssSelector(".saleskpi-timeline-entry"));
        assertThat(entry.getText()).contains("Two demos moved to January").contains("Administrator");
        WebElement badge = entry.findElement(By.cssSelector("[data-check-in-status]"));
        assertThat(badge.getAttribute("data-check-in-status")).isEqualTo("at-risk");
        assertThat(badge.getText()).isEqualToIgnoringCase("At risk");
        browser.screenshot("page-goal-check-in");
        browser.assertNoConsoleErrors();

        // Ten days on: both weekly goals are three days past their check-in, and who's behind says so.
        CLOCK.advance(Duration.ofDays(10));
        browser.driver().manage().deleteAllCookies();
        browser.signInAsAdmin();
        long dashboard = browser.dashboardWith("Check-ins", "one-column", Map.of("whos-behind", Map.of()));
        browser.open("/dashboards/" + dashboard);
        // The demo's reps have more late items: the goal owner with nothing but check-ins owed is listed after the
        // first ten, one click away (ADR 0065).
        WebElement whosBehind = browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=whos-behind]"));
        browser.waitUntil(d -> !whosBehind.findElements(By.cssSelector("tbody tr")).isEmpty());
        whosBehind.findElements(By.cssSelector("[data-action=show-more]")).forEach(WebElement::click);
        WebElement quiet = browser.waitFor(By.cssSelector("[data-check-in-overdue='" + quietId + "']"));
        assertThat(quiet.getText()).isEqualTo("Quiet goal: check-in overdue by 3 days");
        assertThat(browser.waitFor(By.cssSelector("[data-check-in-overdue='" + goalId + "']")).getText())
                .isEqualTo("Trade fair follow-up: check-in overdue by 3 days");
        browser.screenshot(browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type=whos-behind]")),
                "gadget-whos-behind-check-in-overdue");
        browser.open("/goals/" + quietId);
        assertThat(browser.waitFor(By.cssSelector(".saleskpi-checkins-overdue")).getText())
                .isEqualTo("Check-in overdue by 3 days");
        browser.assertNoConsoleErrors();
    }

    private static WebElement folderBar(org.openqa.selenium.WebDriver driver) {
        return driver.findElement(By.cssSelector(".saleskpi-folder-bar"));
    }

    private static long id(Object number) {
        return ((Number) number).longValue();
    }

    /** The system clock moved on by what the test says: "ten days later" without waiting ten days. */
    private static final class ShiftedClock extends Clock {
        private volatile Duration shift = Duration.ZERO;

        void advance(Duration by) {
            shift = shift.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the server reads its clock in the system zone");
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }
}
