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
 * The stage funnel in a real browser over the server's demo: added to a dashboard from the dialog, its order and
 * cohort picked in the form drawn from its schema, saved, and drawn. The demo profile of this build has no stages
 * (they come with the demo's histories), so the funnel shows, in place of its chart, the message that tells the
 * administrator to add them, and the same reason the API answers.
 */
class FunnelGadgetTest {
    @RegisterExtension
    static final Browser browser = new Browser();

    private static final String FORM = "form.saleskpi-gadget-form[data-gadget-type='funnel']";

    @Test
    void aFunnelIsAddedConfiguredAndSaysWhatItNeeds() {
        long dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "Funnel", "layout", "one-column")).get("id")).longValue();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        browser.waitFor(By.cssSelector("[data-action=add-gadget]")).click();
        browser.waitFor(By.cssSelector("[data-add-type='funnel']")).click();
        WebElement form = browser.waitFor(By.cssSelector(FORM));
        Select order = new Select(browser.waitUntil(d -> form.findElements(By.name("funnelOrder")).stream()
                .findFirst().orElse(null)));
        // A new funnel starts with its schema's defaults.
        assertThat(order.getFirstSelectedOption().getAttribute("value")).isEqualTo("cumulative");
        assertThat(new Select(form.findElement(By.name("period"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("this-quarter");
        assertThat(order.getOptions()).extracting(WebElement::getText).noneMatch(text -> text.contains("saleskpi."));
        order.selectByValue("strict");
        new Select(form.findElement(By.name("cohort"))).selectByValue("entered");
        new Select(form.findElement(By.name("period"))).selectByValue("this-year");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(FORM)));

        List<?> gadgets = (List<?>) browser.jsonAsAdmin("GET", "/dashboards/" + dashboard, null).get("gadgets");
        assertThat(gadgets).hasSize(1);
        Map<?, ?> saved = (Map<?, ?>) gadgets.get(0);
        assertThat(saved.get("type")).isEqualTo("funnel");
        Map<?, ?> preferences = (Map<?, ?>) saved.get("preferences");
        assertThat(preferences.get("funnelOrder")).isEqualTo("strict");
        assertThat(preferences.get("cohort")).isEqualTo("entered");
        assertThat(preferences.get("period")).isEqualTo("this-year");

        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type='funnel'][data-state=ready]"));
        Map<String, Object> data = browser.jsonAsAdmin("GET",
                "/gadgets/funnel/data?profile=1&period=this-year&funnelOrder=strict&cohort=entered", null);
        assertThat(data.get("absentReason")).isEqualTo("not-configured");
        WebElement message = gadget.findElement(By.cssSelector("[data-absent='not-configured']"));
        assertThat(message.getText()).contains("stages").doesNotContain("saleskpi.");
        assertThat(gadget.findElements(By.cssSelector("canvas"))).isEmpty();
        browser.screenshot(gadget, "gadget-funnel-not-configured");
        browser.assertNoConsoleErrors();
    }
}
