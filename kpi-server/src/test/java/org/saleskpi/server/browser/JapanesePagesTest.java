package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A browser that asks for Japanese gets the pages in Japanese. */
class JapanesePagesTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theGoalsPageSpeaksJapaneseToAJapaneseBrowser() {
        browser.signInAsAdmin();
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("tr[data-goal-id], .saleskpi-empty"));

        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.driver().findElement(By.cssSelector(".top-bar-nav a[aria-current=page]")).getText())
                .isEqualTo("目標");
        browser.screenshot("page-goals-ja");
        browser.assertNoConsoleErrors();
    }
}
