package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A Japanese browser reads a KPI's description in Japanese, and the link says the reference is in English. */
class KpiReferenceLinksJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theCalculationGadgetDescribesItsKpiInJapanese() {
        long dashboard = ((Number) browser.jsonAsAdmin("POST", "/dashboards",
                Map.of("name", "受注率", "layout", "one-column")).get("id")).longValue();
        browser.jsonAsAdmin("POST", "/dashboards/" + dashboard + "/gadgets", Map.of("type", "calculation", "column", 0,
                "position", 0, "preferences", Map.of("v", "1", "profile", "1", "kpi", "win-rate", "period", "this-quarter")));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);

        WebElement about = browser.waitFor(By.cssSelector(".saleskpi-gadget-about .saleskpi-kpi-about[data-kpi='win-rate']"));

        assertThat(about.getText()).contains("期間内にクローズした商談のうち、受注したものの割合").contains("詳しく（英語）");
        WebElement link = about.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).isEqualTo(browser.url("/rest/saleskpi/1.0/reference/kpis#win-rate"));
        assertThat(link.getAttribute("aria-label")).isEqualTo("KPI リファレンスで「受注率」について詳しく見る（英語）");
    }
}
