package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;
import org.saleskpi.server.fakejira.FakeJira;
import org.saleskpi.server.fakejira.FakeSite;
import org.saleskpi.server.jira.JiraKind;

/**
 * A per-user Data Center connection whose issues the administrator sees none of until they link their own token: the
 * dashboard says why and links it in place (ADR 0036); the connection's card lists the site's projects with issue
 * security levels.
 */
class JiraTokenNoticeTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    private static FakeSite site;
    private static FakeJira jira;
    private static String id;

    @BeforeAll
    static void connect() throws Exception {
        site = FakeSite.generate(15, 30, ZoneId.of("Europe/Berlin"), Instant.parse("2026-12-05T09:00:00Z"));
        jira = FakeJira.start(site, JiraKind.DATA_CENTER);
    }

    @AfterAll
    static void stop() {
        jira.close();
    }

    @Test
    void theDashboardSaysWhyTheConnectionsIssuesAreMissingAndLinksTheTokenInPlace() throws Exception {
        String token = site.token(site.users().get(0).accountId());
        HttpResponse<String> created = browser.asAdmin("POST", "/connections", Map.of("name", "Acme DC", "url",
                jira.uri().toString(), "token", token));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = JsonParser.parseString(created.body()).getAsJsonObject().get("id").getAsString();
        assertThat(browser.asAdmin("PUT", "/connections/" + id, Map.of("kind", "DATA_CENTER")).statusCode())
                .isEqualTo(200);
        assertThat(browser.asAdmin("PUT", "/connections/" + id + "/sync", Map.of("jql", "project = DEAL",
                "permissionMode", "PER_USER")).statusCode()).isEqualTo(200);
        syncNow();
        HttpResponse<String> dashboard = browser.asAdmin("POST", "/dashboards", Map.of("name", "Deals"));
        assertThat(dashboard.statusCode()).as(dashboard.body()).isEqualTo(201);
        String dashboardId = JsonParser.parseString(dashboard.body()).getAsJsonObject().get("id").getAsString();

        browser.open("/login");
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboardId);
        WebElement notice = browser.waitFor(By.cssSelector(".saleskpi-jira-access-notice"));
        assertThat(notice.getText()).contains("You see no issue of Acme DC").contains("link your own Jira token");
        // Data Center takes a personal access token alone: no e-mail field.
        assertThat(notice.findElements(By.cssSelector("input[type=email]"))).isEmpty();
        browser.screenshot("dashboard-jira-token-notice");

        WebElement field = notice.findElement(By.cssSelector("input[type=password]"));
        assertThat(browser.driver().findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']"))
                .getText()).isEqualTo("Your API token or personal access token");
        field.sendKeys(token);
        notice.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-jira-access-notice")).isEmpty());
        assertThat(browser.waitFor(By.cssSelector(".saleskpi-page-message[role=status]")).getText())
                .isEqualTo("Your token is linked.");
        HttpResponse<String> mine = browser.asAdmin("GET", "/connections/" + id + "/my-token", null);
        assertThat(JsonParser.parseString(mine.body()).getAsJsonObject().get("state").getAsString())
                .isEqualTo("LINKED");
        assertThat(mine.body()).doesNotContain(token);
        browser.assertNoConsoleErrors();

        browser.open("/admin/connections");
        browser.waitFor(By.cssSelector("[data-connection-id='" + id + "'], button[aria-label*='Acme DC']"));
        browser.driver().findElements(By.cssSelector("button")).stream()
                .filter(button -> "Settings of Acme DC".equals(button.getAttribute("aria-label"))
                        || button.getText().contains("Settings"))
                .findFirst().ifPresent(WebElement::click);
        WebElement levels = browser.waitFor(By.cssSelector("[data-security='" + id + "']"));
        // The fake site's ENT project has a scheme; per user, Jira applies its levels, so there is no warning.
        browser.waitUntil(d -> levels.getText().contains("ENT \u2013 Enterprise deals"));
        assertThat(levels.getText()).startsWith("Projects with issue security levels").doesNotContain("not applied");
        browser.assertNoConsoleErrors();
    }

    private static void syncNow() throws InterruptedException {
        assertThat(browser.asAdmin("POST", "/connections/" + id + "/sync-now", Map.of()).statusCode())
                .isEqualTo(202);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonObject status = JsonParser.parseString(browser.asAdmin("GET", "/connections/" + id + "/status", null)
                    .body()).getAsJsonObject();
            if (!status.get("running").getAsBoolean() && !status.get("lastFinished").isJsonNull()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sync did not finish");
    }
}
