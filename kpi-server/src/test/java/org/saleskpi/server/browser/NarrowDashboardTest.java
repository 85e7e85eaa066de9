package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * At 768 pixels the demo's Sales overview is one column, the page never scrolls sideways, and every toolbar (the
 * dashboard's controls, its period bar, each gadget's controls, head and tools) stays on one row.
 * The goals, import and admin pages keep their bars on one row too. {@link NarrowDashboardJapaneseTest} runs the
 * same in Japanese, whose labels are wider.
 */
class NarrowDashboardTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /**
     * Each visible toolbar that holds more than one row: "selector|its text". A toolbar is on one row when every
     * visible child overlaps every other vertically and together they are as tall as the tallest: one row's height.
     */
    static final String TOOLBARS_ON_TWO_ROWS = """
            const selectors = arguments[0];
            const wrapped = [];
            selectors.forEach(selector => document.querySelectorAll(selector).forEach(bar => {
              if (bar.getClientRects().length === 0) { return; }
              const children = Array.from(bar.children).filter(c => c.getClientRects().length > 0
                && getComputedStyle(c).position !== 'absolute')
                .map(c => c.getBoundingClientRect()).filter(r => r.height > 0);
              if (children.length === 0) { return; }
              const lowestTop = Math.max(...children.map(r => r.top));
              const highestBottom = Math.min(...children.map(r => r.bottom));
              const height = Math.max(...children.map(r => r.bottom)) - Math.min(...children.map(r => r.top));
              const row = Math.max(...children.map(r => r.height));
              if (lowestTop >= highestBottom || height > row + 1) {
                wrapped.push(selector + '|' + bar.textContent.trim().replace(/\\s+/g, ' ').slice(0, 80));
              }
            }));
            return wrapped;""";

    @Test
    void theSalesOverviewIsOneColumnWithoutSidewaysScrollingAndToolbarsOnOneRow() {
        assertNarrowSalesOverview(browser, "nora", "en");
    }

    @Test
    void theOtherPagesKeepTheirBarsOnOneRowWithoutSidewaysScrolling() {
        assertNarrowPages(browser, "en");
    }

    /** The goals, import and admin pages of an administrator, whose top bar is the longest. */
    static void assertNarrowPages(Browser browser, String language) {
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(768, 1000));
            browser.driver().manage().deleteAllCookies();
            browser.signInAsAdmin();
            for (String page : List.of("/goals", "/import", "/admin/users", "/admin/connections")) {
                browser.open(page);
                browser.waitFor(By.cssSelector(".top-bar-nav a[aria-current='page']"));
                browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState;")));
                String name = page.substring(1).replace('/', '-');
                browser.screenshot("narrow-" + name + "-768-" + language);
                Number overflow = (Number) browser.script("const page = document.scrollingElement;"
                        + " return page.scrollWidth - page.clientWidth;");
                assertThat(overflow.intValue()).as("%s scrolls sideways by", page).isLessThanOrEqualTo(0);
                @SuppressWarnings("unchecked")
                List<String> wrapped = (List<String>) browser.script(TOOLBARS_ON_TWO_ROWS, List.of(".top-bar",
                        ".saleskpi-page-header", ".saleskpi-page-actions", ".saleskpi-actions",
                        ".saleskpi-section-header"));
                assertThat(wrapped).as("bars on more than one row on %s at 768 px in %s", page, language).isEmpty();
            }
            browser.assertNoConsoleErrors();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    static void assertNarrowSalesOverview(Browser browser, String username, String language) {
        browser.user(username, "Nora Narrow");
        browser.role("SALES", username, "viewer");
        Dimension before = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(768, 1000));
            browser.open("/login");
            browser.signIn(username, Browser.PASSWORD);
            browser.waitUntil(d -> browser.location().matches("/dashboards/[0-9]+"));
            browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]"))
                    .size() == 8);
            // The window's inner width is what a 768-pixel screen shows.
            assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(768);
            browser.screenshot("narrow-dashboard-768-" + language);

            @SuppressWarnings("unchecked")
            List<Number> lefts = (List<Number>) browser.script("return Array.from(document.querySelectorAll("
                    + "'.saleskpi-column')).filter(c => c.getClientRects().length > 0 && c.children.length > 0)"
                    + ".map(c => c.getBoundingClientRect().left);");
            assertThat(lefts).as("columns holding gadgets").isNotEmpty();
            assertThat(lefts.stream().map(Number::intValue).distinct()).as("column lefts: one column").hasSize(1);
            @SuppressWarnings("unchecked")
            List<Number> gadgetLefts = (List<Number>) browser.script("return Array.from(document.querySelectorAll("
                    + "'section.saleskpi-gadget')).map(g => Math.round(g.getBoundingClientRect().left));");
            assertThat(gadgetLefts.stream().map(Number::intValue).distinct()).as("gadgets one above the other")
                    .hasSize(1);

            Number overflow = (Number) browser.script("const page = document.scrollingElement;"
                    + " return page.scrollWidth - page.clientWidth;");
            assertThat(overflow.intValue()).as("the page scrolls sideways by").isLessThanOrEqualTo(0);

            // The actions menu of a gadget opens inside the window too.
            browser.driver().findElement(By.cssSelector(".saleskpi-menu-button")).click();
            browser.waitFor(By.cssSelector(".saleskpi-menu:not([hidden])"));
            Number menuOverflow = (Number) browser.script("const page = document.scrollingElement;"
                    + " return page.scrollWidth - page.clientWidth;");
            assertThat(menuOverflow.intValue()).as("sideways scrolling with a menu open").isLessThanOrEqualTo(0);
            browser.screenshot("narrow-dashboard-768-" + language + "-menu");
            browser.driver().findElement(By.cssSelector(".saleskpi-menu-button")).click();

            @SuppressWarnings("unchecked")
            List<String> wrapped = (List<String>) browser.script(TOOLBARS_ON_TWO_ROWS, List.of(".top-bar",
                    ".saleskpi-dashboard-head", ".saleskpi-dashboard-controls", ".saleskpi-dashboard-period",
                    ".saleskpi-item-controls", ".saleskpi-gadget-header", ".saleskpi-gadget-tools"));
            assertThat(wrapped).as("toolbars on more than one row at 768 px in %s", language).isEmpty();
            browser.assertNoConsoleErrors();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }
}
