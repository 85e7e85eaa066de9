package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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

    @Test
    void theProfileFormsPipelineSectionSpeaksJapanese() {
        browser.signInAsAdmin();
        browser.open("/profiles/1");
        WebElement form = browser.waitFor(By.cssSelector("form[data-form=profile]"));

        assertThat(form.findElements(By.tagName("legend"))).extracting(WebElement::getText)
                .contains("パイプラインと売上予測");
        form.findElement(By.cssSelector("[data-action=add-stage]")).click();
        assertThat(form.findElement(By.cssSelector("label[for='" + form.findElement(By.name("stages[0].probability"))
                .getAttribute("id") + "']")).getText()).isEqualTo("受注確率（%）");
        assertThat(form.findElement(By.cssSelector("[data-action=add-stage]")).getText()).isEqualTo("ステージを追加");
        browser.assertNoConsoleErrors();
    }

    @Test
    void theGoalFormsPeriodsAndPeoplePickerSpeakJapanese() {
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        WebElement period = form.findElement(By.name("period"));
        WebElement next = browser.waitUntil(d -> period.findElements(By.cssSelector("option[value=next-quarter]"))
                .stream().findFirst().orElse(null));
        assertThat(next.getText()).startsWith("来四半期（").endsWith("）");
        assertThat(period.findElement(By.cssSelector("option[value^=fiscal-]")).getText()).matches("FY\\d{4} 第[1-4]四半期（.*）");
        assertThat(period.findElement(By.cssSelector("option[value=custom]")).getText()).isEqualTo("日付を指定");

        WebElement owner = form.findElement(By.name("ownerKey"));
        owner.clear();
        owner.sendKeys("zzzz-nobody");
        assertThat(browser.waitFor(By.cssSelector("ul[role=listbox] .saleskpi-people-none")).getText())
                .isEqualTo("その名前の人はいません");
        browser.screenshot("page-goals-create-ja");
        browser.assertNoConsoleErrors();
    }
}
