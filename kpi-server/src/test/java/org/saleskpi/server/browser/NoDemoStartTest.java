package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;

/**
 * A server started with {@code --no-demo}: the administrator signs in to the empty dashboards page,
 * which offers exactly one action, and that action opens a new dashboard ready for gadgets.
 */
class NoDemoStartTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void theAdministratorMeetsTheEmptyStateWithOneActionThatOpensTheirFirstDashboard() {
        browser.open("/login");
        browser.signInAsAdmin();

        browser.waitForLocation("/");
        WebElement empty = browser.waitFor(By.cssSelector("#saleskpi-dashboards .saleskpi-empty-state"));
        assertThat(empty.getText()).contains("You have no dashboard yet.");
        List<WebElement> actions = browser.driver().findElements(By.cssSelector(
                "#saleskpi-dashboards button, #saleskpi-dashboards a, #saleskpi-dashboards input"))
                .stream().filter(WebElement::isDisplayed).toList();
        assertThat(actions).extracting(WebElement::getText).containsExactly("Create \u201cMy dashboard\u201d");
        browser.screenshot("page-dashboards-no-demo");
        browser.assertNoConsoleErrors();

        actions.get(0).click();

        browser.waitUntil(d -> browser.location().matches("/dashboards/[0-9]+"));
        assertThat(browser.waitFor(By.cssSelector("h1.saleskpi-dashboard-name")).getText()).isEqualTo("My dashboard");
        assertThat(browser.waitFor(By.cssSelector("[data-action=add-gadget]")).isDisplayed()).isTrue();
        browser.assertNoConsoleErrors();
    }
}
