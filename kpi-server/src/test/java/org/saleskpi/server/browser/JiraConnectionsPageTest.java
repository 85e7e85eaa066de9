package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.fakejira.FakeUser;
import org.saleskpi.server.jira.JiraKind;

/**
 * An administrator connects a Jira Cloud site (the fake Jira over HTTP) on /admin/connections: adds it, confirms the
 * kind the site told, picks the fields to copy from the site's own list, is told which setting is wrong, syncs now and
 * watches the progress reach every issue of the scope, then removes the connection with its issues. The token typed
 * in never shows on the page again.
 */
class JiraConnectionsPageTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    private static FakeSite site;
    private static FakeJira jira;

    @BeforeAll
    static void startJira() {
        site = FakeSite.generate(16, 160, ZoneId.of("Asia/Tokyo"), Instant.parse("2026-12-05T09:00:00Z"));
        jira = FakeJira.start(site, JiraKind.CLOUD);
    }

    @AfterAll
    static void stopJira() {
        jira.close();
    }

    @Test
    void anAdministratorConnectsASiteSyncsItAndRemovesIt() {
        FakeUser sync = site.users().get(0);
        String token = site.token(sync.accountId());
        browser.open("/login?next=%2Fadmin%2Fconnections");
        browser.signInAsAdmin();
        browser.waitForLocation("/admin/connections");
        assertThat(browser.waitFor(By.cssSelector("[data-section=connections] .empty")).getText())
                .isEqualTo("No Jira site is connected yet. Add one below.");

        WebElement add = browser.driver().findElement(By.cssSelector("form[data-form=add-connection]"));
        add.findElement(By.name("name")).sendKeys("Acme Cloud");
        add.findElement(By.name("url")).sendKeys(jira.uri().toString());
        add.findElement(By.name("email")).sendKeys(sync.email());
        add.findElement(By.name("token")).sendKeys(token);
        add.findElement(By.cssSelector("[data-action=connect]")).click();

        WebElement kind = browser.waitFor(By.cssSelector("form[data-form=kind]"));
        assertThat(kind.findElement(By.cssSelector("[data-detected]")).getText())
                .startsWith("The site says it is Jira Cloud (version ");
        // The lozenge shows its text in capitals; its text is as written.
        assertThat(browser.driver().findElement(By.cssSelector("[data-rows=connections] [data-kind]"))
                .getAttribute("textContent")).isEqualTo("Jira Cloud? Not confirmed");
        assertThat(browser.driver().findElements(By.cssSelector("form[data-form=sync]"))).isEmpty();
        kind.findElement(By.cssSelector("[data-action=confirm-kind]")).click();

        WebElement form = browser.waitFor(By.cssSelector("form[data-form=sync]"));
        browser.waitFor(By.cssSelector("[data-picker=fields] [data-field-name='Close date']"));
        WebElement filter = form.findElement(By.cssSelector("input[type=search]"));
        filter.sendKeys("clo");
        assertThat(visibleFieldNames()).containsExactly("Close date");
        filter.clear();
        filter.sendKeys("a"); // an input event with text, then none: every field shows again
        filter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        assertThat(visibleFieldNames()).contains("Amount", "Close date", "Forecast category");
        pick("Amount");
        pick("Close date");
        form.findElement(By.name("jql")).sendKeys("project = DEAL");
        WebElement interval = form.findElement(By.name("intervalMinutes"));
        interval.clear();
        interval.sendKeys("0");
        form.findElement(By.name("enabled")).click();
        form.findElement(By.cssSelector("[data-action=save-sync]")).click();
        WebElement error = browser.waitFor(By.cssSelector("[data-field=intervalMinutes] .field-error"));
        assertThat(error.getText()).isEqualTo("intervalMinutes must be from 1 to 1440 minutes.");
        // The browser logs the refused request itself: that one, and nothing else, is expected.
        assertThat(browser.consoleErrors()).singleElement().asString().contains("/connections/", "/sync",
                "status of 400");
        interval.clear();
        interval.sendKeys("60");
        form.findElement(By.cssSelector("[data-action=save-sync]")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-rows=connections] [data-enabled]")).getText()
                .equals("Every 60 min"));

        browser.driver().findElement(By.cssSelector("[data-rows=connections] [data-action=sync-now]")).click();
        long deals = site.issues().stream().filter(issue -> issue.project().equals("DEAL"))
                .filter(issue -> site.canSee(sync.accountId(), issue)).count();
        browser.waitUntil(d -> d.findElements(By.cssSelector("[data-progress][data-running=false]"
                + " [data-figure=lastFinished]")).size() == 1);
        WebElement progress = browser.driver().findElement(By.cssSelector("[data-progress]"));
        assertThat(progress.findElement(By.cssSelector("[data-figure=issues]")).getAttribute("data-value"))
                .isEqualTo(String.valueOf(deals));
        assertThat(progress.findElement(By.cssSelector("[data-figure=issues]")).getText()).matches(deals
                + " issues in \\d+ pages");
        assertThat(progress.findElement(By.cssSelector("[data-figure=rate]")).getText()).matches("[\\d.,]+ issues/s");
        assertThat(progress.findElements(By.cssSelector("[data-figure=lastError]"))).isEmpty();
        browser.screenshot("page-admin-connections");
        assertThat(browser.driver().getPageSource()).doesNotContain(token);

        browser.driver().findElement(By.cssSelector("[data-rows=connections] [data-action=remove]")).click();
        WebElement remove = browser.waitFor(By.cssSelector("form[data-form=remove]"));
        remove.findElement(By.name("removeIssues")).click();
        remove.findElement(By.cssSelector("[data-action=confirm-remove]")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector(".status")).getText()
                .equals("Acme Cloud was removed, with " + deals + " issues."));
        browser.waitFor(By.cssSelector("[data-section=connections] .empty"));
        browser.assertNoConsoleErrors();
    }

    private static List<String> visibleFieldNames() {
        return browser.driver().findElements(By.cssSelector("[data-picker=fields] [data-field-name]")).stream()
                .filter(WebElement::isDisplayed).map(label -> label.getAttribute("data-field-name")).toList();
    }

    private static void pick(String field) {
        browser.driver().findElement(By.cssSelector("[data-picker=fields] [data-field-name='" + field + "'] input"))
                .click();
    }
}
