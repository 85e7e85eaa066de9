package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The plain words of issue 17 in Japanese: a default title with the page's period, the target line's choices with
 * the percent sign, how the leaderboard's points are earned, and who's behind's "and K more".
 */
class PlainWordsJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void titlesTargetsPointsAndTheRestOfWhosBehindInJapanese() {
        long dashboard = browser.dashboardWith("日本語の言葉", "one-column", Map.of(
                "calculation", Map.of("kpi", "won-revenue", "period", "this-quarter", "title", "今四半期の受注金額"),
                "line", Map.of("kpi", "win-rate", "period", "this-year", "bucket", "month", "target", "0.6"),
                "leaderboard", Map.of("period", "last-quarter"),
                "whos-behind", Map.of("shown", "1")));
        List<?> behind = (List<?>) browser.jsonAsAdmin("GET", "/gadgets/whos-behind/data?profile=1&shown=1", null)
                .get("reps");
        browser.signInAsAdmin();

        browser.open("/dashboards/" + dashboard + "?period=last-quarter");
        assertThat(title("calculation")).isEqualTo("前四半期の受注金額");
        WebElement leaderboard = ready("leaderboard");
        assertThat(leaderboard.findElement(By.cssSelector("[data-explains=points]")).getText()).isEqualTo(
                "ポイント: 受注した商談 1 件につき 10、受注額 $1,000.00 ごとに 1、解決した課題（商談以外）1 件につき 1。"
                        + " 順位が付くのは、プロファイルの範囲に商談を持つ担当者だけです。");
        WebElement whosBehind = ready("whos-behind");
        assertThat(whosBehind.findElement(By.cssSelector("[data-action=show-more]")).getText())
                .isEqualTo("ほか " + (behind.size() - 1) + " 人");
        browser.screenshot("plain-words-ja");

        browser.open("/dashboards/" + dashboard);
        WebElement line = ready("line");
        browser.gadgetAction(line.findElement(By.xpath("ancestor::div[contains(@class,'saleskpi-dashboard-item')]")),
                "configure");
        WebElement form = browser.waitFor(By.cssSelector("form.saleskpi-gadget-form"));
        WebElement number = form.findElement(By.name("targetNumber"));
        browser.waitUntil(d -> "60".equals(number.getAttribute("value")));
        Select mode = new Select(form.findElement(By.cssSelector(".saleskpi-target select")));
        assertThat(mode.getOptions()).extracting(WebElement::getText).containsExactly("目標線なし", "各担当者のノルマ", "数値");
        assertThat(form.findElement(By.cssSelector(".saleskpi-target-unit")).getText()).isEqualTo("%");
        browser.screenshot(form, "line-target-ja");
        browser.assertNoConsoleErrors();
    }

    private static WebElement ready(String type) {
        return browser.waitFor(By.cssSelector("section.saleskpi-gadget[data-gadget-type='" + type + "'][data-state=ready]"));
    }

    private static String title(String type) {
        return ready(type).findElement(By.cssSelector(".saleskpi-gadget-title")).getText();
    }
}
