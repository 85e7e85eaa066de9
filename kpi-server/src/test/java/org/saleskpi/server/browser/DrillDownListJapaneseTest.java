package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The drill-down list's description and way back in a Japanese browser: the page's language, not English. */
class DrillDownListJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theListSaysWhatItIsAndLinksBackInJapanese() {
        long dashboard = browser.dashboardWith("受注額", "one-column",
                Map.of("calculation", Map.of("kpi", "won-revenue", "period", "this-quarter")));
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready]"));
        String name = gadget.findElement(By.cssSelector(".saleskpi-figure-name")).getText();
        String period = gadget.findElement(By.cssSelector(".saleskpi-period")).getText();
        WebElement link = gadget.findElement(By.cssSelector(".gadget-value a.saleskpi-drill"));
        String shown = link.getText();

        link.click();

        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText())
                .isEqualTo(name + " " + shown + "、" + period);
        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-back a")).getText())
                .isEqualTo("ダッシュボードに戻る");
        browser.waitFor(By.cssSelector("table[data-total] tfoot td[data-total]"));
        browser.screenshot("page-issues-drill-down-list-ja");
        browser.assertNoConsoleErrors();
    }

    @Test
    void aWinRatesListSaysHowManyWereWonOfHowManyClosedInJapanese() {
        long dashboard = browser.dashboardWith("受注率", "one-column",
                Map.of("calculation", Map.of("kpi", "win-rate", "period", "this-quarter")));
        Map<String, Object> api = browser.jsonAsAdmin("GET",
                "/gadgets/calculation/data?profile=1&kpi=win-rate&period=this-quarter", null);
        int won = ((Number) api.get("numerator")).intValue();
        int closed = ((Number) api.get("denominator")).intValue();
        browser.signInAsAdmin();
        browser.open("/dashboards/" + dashboard);
        WebElement gadget = browser.waitFor(By.cssSelector(
                "section.saleskpi-gadget[data-gadget-type=calculation][data-state=ready]"));
        String period = gadget.findElement(By.cssSelector(".saleskpi-period")).getText();

        gadget.findElement(By.cssSelector(".gadget-value a.saleskpi-drill")).click();

        assertThat(browser.waitFor(By.cssSelector("#saleskpi-issues p.issues-about")).getText())
                .isEqualTo(String.format("クローズ %,d 件中 受注 %,d 件、%s", closed, won, period));
        assertThat(browser.waitFor(By.cssSelector("table[data-total]")).getAttribute("data-total"))
                .isEqualTo(String.valueOf(closed));
        browser.screenshot("page-issues-drill-down-win-rate-ja");
        browser.assertNoConsoleErrors();
    }
}
