package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;

/**
 * The first screen of a fresh demo server is the product: the administrator signs in and lands on
 * the "Sales overview" with every gadget drawn from the demo's numbers (saved as the README's
 * picture); a user with nothing to see is offered one action. The server is this class's own, so
 * that no other test has opened the administrator's home page first, and its clock is fixed so the
 * picture shows the same numbers every time.
 */
class FirstDashboardTest {
    /** Five weeks into the demo's fiscal quarter, at the hour of the report. */
    private static final ZonedDateTime NOW = LocalDateTime.of(2026, 12, 5, 1, 18).atZone(ZoneId.of("Europe/Berlin"));
    private static final List<String> STORY = List.of("battery", "goals", "forecast", "funnel", "line", "bar",
            "whos-behind", "leaderboard");

    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(() -> RunningServer.start(RunningServer.temporaryOptions(), true,
            Clock.fixed(NOW.toInstant(), NOW.getZone())));

    @Test
    void theAdministratorSignsInToTheSalesOverviewWithItsGadgetsDrawn() throws Exception {
        browser.open("/login");

        browser.signInAsAdmin();

        browser.waitUntil(d -> browser.location().matches("/dashboards/[0-9]+"));
        assertThat(browser.waitFor(By.cssSelector("h1.saleskpi-dashboard-name")).getText()).isEqualTo("Sales overview");
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size()
                == STORY.size());
        List<WebElement> gadgets = browser.driver().findElements(By.cssSelector("section.saleskpi-gadget"));
        assertThat(gadgets).extracting(g -> g.getAttribute("data-gadget-type"))
                .containsExactlyInAnyOrderElementsOf(STORY);
        assertThat(browser.driver().findElements(By.cssSelector(".saleskpi-gadget-title"))).extracting(WebElement::getText)
                .contains("Won revenue by month against quota", "Who's behind", "Goals overview");
        for (String chart : List.of("line", "bar", "forecast")) {
            WebElement canvas = browser.driver().findElement(
                    By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + chart + "'] canvas"));
            assertThat(browser.paintedPixels(canvas)).as(chart + " drew its chart").isGreaterThan(1_000);
        }
        // The forecast: the quarter's won and open deals stacked against the team's quota, each part a link into its
        // deals, and where it stands said in words (most likely and best case where the profile names categories).
        WebElement forecast = browser.driver().findElement(
                By.cssSelector("section.saleskpi-gadget[data-gadget-type='forecast']"));
        assertThat(forecast.findElement(By.cssSelector(".saleskpi-gadget-title")).getText())
                .isEqualTo("Forecast of the quarter against quota");
        assertThat(forecast.findElement(By.cssSelector(".saleskpi-forecast-summary")).getText())
                .contains("of target").doesNotContain("[object");
        assertThat(forecast.findElements(By.cssSelector("table.saleskpi-gadget-data th[scope=col]")))
                .extracting(h -> h.getAttribute("textContent")).contains("Won", "Pipeline", "Target");
        assertThat(forecast.findElements(By.cssSelector("table.saleskpi-gadget-data a.saleskpi-drill")))
                .as("won and open parts drill into their deals").isNotEmpty();
        browser.assertNoConsoleErrors();

        // The README's picture (docs/images/demo-dashboard.png is a copy): tall enough for all eight gadgets.
        Dimension window = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1280, 2000));
        try {
            browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size()
                    == STORY.size());
            assertThat(Files.size(browser.screenshot("demo-dashboard"))).isGreaterThan(50_000);
        } finally {
            browser.driver().manage().window().setSize(window);
        }
    }

    @Test
    void aUserWithoutDashboardsIsOfferedOneActionWhichOpensTheirNewDashboard() {
        browser.user("otto", "Otto Outsider");
        browser.open("/login");
        browser.signIn("otto", Browser.PASSWORD);
        browser.waitForLocation("/");

        WebElement page = browser.waitFor(By.cssSelector("#saleskpi-dashboards .saleskpi-empty-state"));
        List<WebElement> actions = browser.driver().findElements(By.cssSelector("#saleskpi-dashboards button, "
                + "#saleskpi-dashboards a")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(actions).hasSize(1);
        assertThat(actions.get(0).getText()).isEqualTo("Create \u201cMy dashboard\u201d");
        assertThat(page.getText()).contains("You have no dashboard yet.");
        browser.screenshot("page-dashboards-empty");

        actions.get(0).click();

        browser.waitUntil(d -> browser.location().matches("/dashboards/[0-9]+"));
        assertThat(browser.waitFor(By.cssSelector("h1.saleskpi-dashboard-name")).getText()).isEqualTo("My dashboard");
        assertThat(browser.waitFor(By.cssSelector("[data-action=add-gadget]")).isDisplayed()).isTrue();
        browser.assertNoConsoleErrors();
    }
}
