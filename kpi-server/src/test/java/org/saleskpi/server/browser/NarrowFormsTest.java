package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The forms a manager fills in, at 1400 and 768 pixels: a goal's create and edit forms, a goal folder's bar, a
 * dashboard's share dialog with several lines, and the subscribe dialog. None scrolls sideways (the page, the form or
 * anything in it), no row of buttons wraps onto a second row, and every field, label, text and button is inside the
 * form and the window, none cut off or drawn over another. {@link NarrowDashboardTest} does the same for the dashboard and the bars of the pages.
 */
class NarrowFormsTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    /** The rows of buttons and choices that must stay one row each. */
    private static final List<String> BUTTON_ROWS = List.of(".saleskpi-dialog-buttons", ".saleskpi-actions",
            ".saleskpi-folder-tools", ".saleskpi-share-add", ".saleskpi-share-buttons",
            ".saleskpi-share-line td", ".buttons", ".saleskpi-field-pair");

    /**
     * Everything the form or bar holds that a user reads or uses, outside the box or the window horizontally, or
     * scrolling sideways inside it: "what|its text".
     */
    private static final String CUT_OFF = """
            const box = arguments[0];
            const edge = box.getBoundingClientRect();
            const right = Math.min(edge.right, document.documentElement.clientWidth);
            const cut = [];
            [box, ...box.querySelectorAll('*')].forEach(node => {
              if (node.getClientRects().length === 0) { return; }
              const style = getComputedStyle(node);
              if (style.visibility === 'hidden' || node.closest('.saleskpi-visually-hidden, [role=listbox]')) { return; }
              if (node.scrollWidth - node.clientWidth > 1 && ['auto', 'scroll'].includes(style.overflowX)) {
                cut.push('scrolls sideways|' + node.className);
              }
              if (node.matches('input, select, textarea, button, label, a, h2, h3, th')) {
                const r = node.getBoundingClientRect();
                if (r.left < edge.left - 1 || r.right > right + 1) {
                  cut.push('outside|' + node.tagName + ' ' + (node.textContent || node.name || '').trim().slice(0, 40));
                }
              }
            });
            // Nothing drawn over anything else: two things to read or use that overlap hide part of each other.
            const shown = [...box.querySelectorAll('input, select, textarea, button, label, a, strong, h2, h3, th,'
                + ' .saleskpi-folder-progress, .saleskpi-hint')]
              .filter(n => n.getClientRects().length > 0 && !n.closest('.saleskpi-visually-hidden, [role=listbox]'));
            for (let i = 0; i < shown.length; i++) {
              for (let j = i + 1; j < shown.length; j++) {
                const a = shown[i], b = shown[j];
                if (a.contains(b) || b.contains(a)) { continue; }
                const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
                const across = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
                const down = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
                if (across > 1 && down > 1) {
                  cut.push('overlap|' + a.textContent.trim().slice(0, 30) + ' / ' + b.textContent.trim().slice(0, 30));
                }
              }
            }
            return cut;""";

    @Test
    void goalFormsTheFolderBarAndTheShareAndSubscribeDialogsFitAt1400And768() {
        browser.user("fiona", "Fiona Fieldwidth");
        long folder = ((Number) browser.jsonAsAdmin("POST", "/folders", Map.of("project", "SALES",
                "name", "Trade fairs, partner events and the long list of conferences")).get("id")).longValue();
        long goal = ((Number) browser.jsonAsAdmin("POST", "/goals", Map.of("project", "SALES",
                "name", "Win the quarter with partners", "folderId", folder)).get("id")).longValue();
        long dashboard = browser.dashboardWith("Forms at every width", "one-column", Map.of("calculation",
                Map.of("title", "Won this quarter", "kpi", "won-revenue", "period", "this-quarter")));
        browser.signInAsAdmin();
        Dimension before = browser.driver().manage().window().getSize();
        try {
            for (int width : new int[] {1400, 768}) {
                browser.driver().manage().window().setSize(new Dimension(width, 1000));

                browser.open("/goals?project=SALES&folder=" + folder);
                WebElement folderBar = browser.waitFor(By.cssSelector(".saleskpi-folder-bar"));
                browser.waitUntil(d -> folderBar.getText().contains("Trade fairs"));
                assertFits(folderBar, "folder-bar", width);

                browser.open("/goals?project=SALES");
                browser.waitFor(By.cssSelector("[data-action=create-goal]")).click();
                assertFits(browser.waitFor(By.cssSelector("form[data-form=create-goal]")), "goal-create", width);

                browser.open("/goals/" + goal);
                browser.waitFor(By.cssSelector("[data-action=edit-goal]")).click();
                assertFits(browser.waitFor(By.cssSelector("form[data-form=edit-goal]")), "goal-edit", width);

                browser.open("/dashboards/" + dashboard);
                browser.waitFor(By.cssSelector("[data-action=share]")).click();
                WebElement share = browser.waitFor(By.cssSelector(".saleskpi-share-dialog"));
                share.findElement(By.cssSelector("[data-action=add-project]")).click();
                WebElement person = share.findElement(By.id("saleskpi-share-person"));
                person.sendKeys("Fiona");
                browser.waitFor(By.cssSelector(".saleskpi-share-dialog [role=option][data-user-key=fiona]"));
                person.sendKeys(Keys.ENTER);
                share.findElement(By.cssSelector("[data-action=add-person]")).click();
                browser.waitFor(By.cssSelector(".saleskpi-share-dialog tr[data-user-key=fiona]"));
                assertFits(share, "share-dialog", width);
                browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
                browser.waitUntil(d -> d.findElements(By.cssSelector(".saleskpi-share-dialog")).isEmpty());

                browser.waitFor(By.cssSelector("[data-action=subscribe]")).click();
                assertFits(browser.waitFor(By.cssSelector("form[data-dialog=subscribe]")), "subscribe-dialog", width);
            }
            browser.assertNoConsoleErrors();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static void assertFits(WebElement box, String name, int width) {
        browser.waitUntil(d -> "complete".equals(browser.script("return document.readyState;")));
        assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(width);
        browser.screenshot("form-" + name + "-" + width);
        Number overflow = (Number) browser.script("const page = document.scrollingElement;"
                + " return page.scrollWidth - page.clientWidth;");
        assertThat(overflow.intValue()).as("%s at %d px: the page scrolls sideways by", name, width)
                .isLessThanOrEqualTo(0);
        @SuppressWarnings("unchecked")
        List<String> cut = (List<String>) browser.script(CUT_OFF, box);
        assertThat(cut).as("%s at %d px: cut off or scrolling sideways", name, width).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> wrapped = (List<String>) browser.script("const box = arguments[1];"
                + " const inside = arguments[0].filter(s => box.matches(s) || box.querySelector(s));"
                + " return (function () {" + NarrowDashboardTest.TOOLBARS_ON_TWO_ROWS + "}).call(null, inside);",
                BUTTON_ROWS, box);
        assertThat(wrapped).as("%s at %d px: rows of buttons on two rows", name, width).isEmpty();
    }
}
