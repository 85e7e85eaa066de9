package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The top bar of a global administrator, the longest one: its Jira connections link opens the connections page, and
 * the bar keeps one line at 1024 pixels (every link in view) and at 768 (the links scroll sideways inside the bar,
 * the page itself does not).
 */
class TopBarTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void globalAdminsReachTheJiraConnectionsFromTheTopBarAndOthersDoNotSeeTheLink() {
        browser.user("nina", "Nina Nonadmin");
        browser.open("/login?next=%2Fissues");
        browser.signIn("nina", Browser.PASSWORD);
        browser.waitFor(By.id("saleskpi-user-name"));
        assertThat(browser.driver().findElements(By.cssSelector(".top-bar-nav a[href='/admin/connections']")))
                .isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.open("/login?next=%2Fissues");
        browser.signInAsAdmin();
        browser.waitFor(By.cssSelector(".top-bar-nav a[href='/admin/connections']")).click();
        browser.waitForLocation("/admin/connections");
        assertThat(browser.driver().findElement(By.cssSelector(".top-bar-nav a[aria-current='page']")).getText())
                .isEqualTo("Jira connections");
        browser.assertNoConsoleErrors();
    }

    @Test
    void theBarKeepsOneLineAt1024And768Pixels() {
        browser.signInAsAdmin();
        Dimension before = browser.driver().manage().window().getSize();
        try {
            for (int width : new int[] {1024, 768}) {
                browser.driver().manage().window().setSize(new Dimension(width, 800));
                browser.open("/admin/connections");
                WebElement link = browser.waitFor(By.cssSelector(".top-bar-nav a[href='/admin/connections']"));
                List<WebElement> links = browser.driver().findElements(By.cssSelector(".top-bar-nav a"));
                assertThat(links).hasSize(7);
                // One line: every link starts at the same height, and the bar is no taller than at full width.
                long top = links.get(0).getLocation().getY();
                assertThat(links).as("links on one line at %d px", width)
                        .allSatisfy(a -> assertThat((long) a.getLocation().getY()).isEqualTo(top));
                Number barHeight = (Number) browser.script(
                        "return document.querySelector('.top-bar').getBoundingClientRect().height;");
                assertThat(barHeight.intValue()).as("top bar height at %d px", width).isLessThanOrEqualTo(72);
                Number pageOverflow = (Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(pageOverflow.intValue()).as("the page scrolls sideways at %d px", width)
                        .isLessThanOrEqualTo(0);
                if (width == 1024) {
                    // Every link in view without scrolling the bar.
                    Number hidden = (Number) browser.script("var nav = document.querySelector('.top-bar-nav');"
                            + " return nav.scrollWidth - nav.clientWidth;");
                    assertThat(hidden.intValue()).as("links hidden at 1024 px").isLessThanOrEqualTo(0);
                } else {
                    // The link is reached by scrolling the bar, and is then inside the window.
                    browser.script("arguments[0].scrollIntoView({inline: 'nearest', block: 'nearest'});", link);
                    Number right = (Number) browser.script(
                            "return arguments[0].getBoundingClientRect().right;", link);
                    assertThat(right.doubleValue()).isLessThanOrEqualTo(width);
                    assertThat(link.isDisplayed()).isTrue();
                }
                browser.screenshot("top-bar-" + width);
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
