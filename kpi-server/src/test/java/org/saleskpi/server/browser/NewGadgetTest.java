package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A gadget added from the dialog is stored only when its options form is saved: with a title that says what it
 * shows when none was typed, and never without a required choice (a battery without a goal) or after a cancel.
 */
class NewGadgetTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aNewGadgetIsTitledByWhatItShowsAndNeverStoredWithoutARequiredChoice() {
        long dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "New gadgets", "layout", "two-columns")).get("id")).longValue();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        WebElement form = add("calculation");
        WebElement kpi = browser.waitUntil(d -> form.findElements(By.cssSelector("select[name=kpi] option[value='won-revenue']"))
                .isEmpty() ? null : form.findElement(By.name("kpi")));
        new Select(kpi).selectByValue("won-revenue");
        new Select(form.findElement(By.name("period"))).selectByValue("this-quarter");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement title = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready] .saleskpi-gadget-title"));
        assertThat(title.getText()).isEqualTo("Won revenue this quarter");
        assertThat(stored(dashboard)).singleElement().satisfies(g -> assertThat(((Map<?, ?>) g.get("preferences"))
                .get("title")).isEqualTo("Won revenue this quarter"));

        // A battery saved without its goal is refused at the goal field and not stored.
        WebElement battery = add("battery");
        browser.waitUntil(d -> battery.findElements(By.cssSelector("select[name=goal] option")).size() > 0);
        new Select(battery.findElement(By.name("goal"))).selectByValue("");
        battery.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(d -> "true".equals(battery.findElement(By.name("goal")).getAttribute("aria-invalid")));
        browser.screenshot("dashboard-new-battery-without-goal");
        assertThat(stored(dashboard)).hasSize(1);
        browser.consoleErrors(); // the refused check's 400, which the form showed

        // Cancelled, it leaves nothing behind, on the page or stored.
        battery.findElement(By.xpath(".//button[@type='button'][normalize-space()='Cancel']")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-draft-type]")));
        assertThat(stored(dashboard)).hasSize(1);
        browser.driver().navigate().refresh();
        browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-state=ready]"));
        assertThat(browser.driver().findElements(By.cssSelector("section.saleskpi-gadget"))).hasSize(1);
        browser.assertNoConsoleErrors();
    }

    private static WebElement add(String type) {
        browser.waitFor(By.cssSelector("[data-action=add-gadget]")).click();
        browser.waitFor(By.cssSelector("[data-add-type='" + type + "']")).click();
        return browser.waitFor(By.cssSelector("form.saleskpi-gadget-form[data-gadget-type='" + type + "']"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> stored(long dashboard) {
        return (List<Map<String, Object>>) browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null).get("gadgets");
    }
}
