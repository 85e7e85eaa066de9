package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

/**
 * Arranging a dashboard as in Jira and Grafana: a gadget dragged by its handle to another column, moved
 * with the keyboard from its actions menu, made taller by dragging its bottom edge and from the menu; all
 * kept after a reload; and two tabs arranging one dashboard, where the second save gets the conflict
 * message and the stored arrangement instead of overwriting the first.
 */
class DashboardArrangeTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private long dashboard;
    private long first;
    private long second;
    private long third;

    @BeforeEach
    void aDashboardOfThreeGadgets() {
        dashboard = id(browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Arranged", "layout", "two-columns")).get("id"));
        first = gadget(0, "First");
        second = gadget(0, "Second");
        third = gadget(1, "Third");
    }

    @Test
    void aGadgetDraggedWithTheMouseAndMovedWithTheKeyboardStaysWhereItWasPut() {
        open();
        // The mouse drags the first gadget's handle below the third, in the second column.
        WebElement target = item(third);
        new Actions(browser.driver()).clickAndHold(item(first).findElement(By.cssSelector("[data-action=drag]")))
                .moveByOffset(40, 20).moveToElement(target, 0, target.getSize().getHeight() / 2 - 20).moveByOffset(0, 5)
                .release().perform();
        waitForArrangement(Map.of(0, List.of(second), 1, List.of(third, first)));
        browser.screenshot("dashboard-dragged");

        // The keyboard moves the second gadget right, then up above the first, from its actions menu.
        chooseWithKeyboard(second, "move-right");
        waitForArrangement(Map.of(0, List.of(), 1, List.of(third, first, second)));
        chooseWithKeyboard(second, "move-up");
        waitForArrangement(Map.of(0, List.of(), 1, List.of(third, second, first)));
        assertThat(browser.driver().switchTo().activeElement().getAttribute("data-action"))
                .as("focus stays on the moved gadget's menu").isEqualTo("menu");

        browser.driver().navigate().refresh();
        waitUntilReady(3);
        assertThat(shownColumn(0)).isEmpty();
        assertThat(shownColumn(1)).containsExactly(third, second, first);
        browser.screenshot("dashboard-arranged-after-reload");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aHeightDraggedOrChosenFromTheMenuIsKeptAfterAReload() {
        open();
        WebElement body = item(third).findElement(By.cssSelector(".saleskpi-item-body"));
        int before = body.getSize().getHeight();
        new Actions(browser.driver()).clickAndHold(item(third).findElement(By.cssSelector("[data-action=resize]")))
                .moveByOffset(0, 60).moveByOffset(0, 90).release().perform();
        browser.waitUntil(d -> preferences(third).get("height") != null);
        int dragged = Integer.parseInt((String) preferences(third).get("height"));
        assertThat(dragged).isBetween(before + 148, before + 152);

        browser.driver().navigate().refresh();
        waitUntilReady(3);
        assertThat(item(third).findElement(By.cssSelector(".saleskpi-item-body")).getSize().getHeight())
                .isEqualTo(dragged);

        browser.gadgetAction(item(third), "taller");
        browser.waitUntil(d -> String.valueOf(dragged + 80).equals(preferences(third).get("height")));
        browser.driver().navigate().refresh();
        waitUntilReady(3);
        assertThat(item(third).findElement(By.cssSelector(".saleskpi-item-body")).getSize().getHeight())
                .isEqualTo(dragged + 80);
        assertThat(preferences(third)).containsEntry("title", "Third");
        browser.screenshot("dashboard-resized");
        browser.assertNoConsoleErrors();
    }

    @Test
    void twoTabsArrangingOneDashboardGetTheConflictMessageNotASilentOverwrite() {
        open();
        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        try {
            browser.open("/dashboards/" + dashboard);
            waitUntilReady(3);
            browser.gadgetAction(item(first), "move-right");
            waitForArrangement(Map.of(0, List.of(second), 1, List.of(third, first)));
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(firstTab);
        }

        // The first tab still shows the old arrangement and moves the second gadget down: refused.
        browser.gadgetAction(item(second), "move-up");
        WebElement message = browser.waitFor(By.cssSelector("[data-conflict=true]"));
        assertThat(message.getText()).contains("changed in another tab");
        waitUntilReady(3);
        assertThat(shownColumn(0)).containsExactly(second);
        assertThat(shownColumn(1)).containsExactly(third, first);
        assertThat(storedColumn(0)).containsExactly(second);
        assertThat(storedColumn(1)).containsExactly(third, first);
        browser.screenshot("dashboard-conflict");

        // So does a height saved over another tab's.
        Map<String, Object> stored = gadgetOf(third);
        browser.jsonAsAdmin("PUT", "/dashboards/" + dashboard + "/gadgets/" + third,
                Map.of("version", stored.get("version"), "preferences", Map.of("v", "1", "title", "Third",
                        "kpi", "won-revenue", "period", "this-quarter", "height", "333")));
        browser.gadgetAction(item(third), "taller");
        browser.waitUntil(d -> !d.findElements(By.cssSelector("[data-conflict=true]")).isEmpty()
                && item(third).findElement(By.cssSelector(".saleskpi-item-body")).getSize().getHeight() == 333);
        assertThat(preferences(third)).containsEntry("height", "333");
    }

    private void open() {
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        waitUntilReady(3);
    }

    /** Opens the gadget's actions menu with Enter and goes down to the action with the arrow keys. */
    private void chooseWithKeyboard(long gadget, String action) {
        WebElement menu = item(gadget).findElement(By.cssSelector("[data-action=menu]"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", menu);
        menu.sendKeys(Keys.ENTER);
        for (int i = 0; i < 12; i++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (action.equals(focused.getAttribute("data-action"))) {
                focused.sendKeys(Keys.ENTER);
                return;
            }
            focused.sendKeys(Keys.ARROW_DOWN);
        }
        throw new AssertionError("the menu has no " + action);
    }

    private long gadget(int column, String title) {
        return id(browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "calculation",
                "column", column, "position", 9, "preferences", Map.of("v", "1", "title", title, "kpi", "won-revenue",
                        "period", "this-quarter"))).get("id"));
    }

    private WebElement item(long gadget) {
        return browser.waitFor(By.cssSelector("div.saleskpi-dashboard-item[data-item-id='" + gadget + "']"));
    }

    private void waitUntilReady(int count) {
        browser.waitUntil(d -> d.findElements(By.cssSelector("section.saleskpi-gadget[data-state=ready]")).size() == count);
    }

    private void waitForArrangement(Map<Integer, List<Long>> columns) {
        browser.waitUntil(d -> columns.entrySet().stream().allMatch(c -> storedColumn(c.getKey()).equals(c.getValue())
                && shownColumn(c.getKey()).equals(c.getValue())));
        waitUntilReady(3);
    }

    private List<Long> shownColumn(int column) {
        return browser.driver().findElements(By.cssSelector(
                ".saleskpi-column[data-column='" + column + "'] .saleskpi-dashboard-item")).stream()
                .map(item -> Long.parseLong(item.getAttribute("data-item-id"))).toList();
    }

    private List<Long> storedColumn(int column) {
        return gadgets().stream().filter(g -> ((Number) g.get("column")).intValue() == column)
                .sorted((a, b) -> Double.compare(((Number) a.get("position")).doubleValue(),
                        ((Number) b.get("position")).doubleValue()))
                .map(g -> id(g.get("id"))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> gadgets() {
        return (List<Map<String, Object>>) browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null).get("gadgets");
    }

    private Map<String, Object> gadgetOf(long gadget) {
        return gadgets().stream().filter(g -> id(g.get("id")) == gadget).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> preferences(long gadget) {
        return (Map<String, Object>) gadgetOf(gadget).get("preferences");
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }
}
