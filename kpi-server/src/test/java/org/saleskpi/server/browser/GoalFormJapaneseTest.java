package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The goal form's period choices and people picker speak Japanese on a Japanese page. */
class GoalFormJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void periodsAndThePeoplePickerAreInJapanese() {
        browser.signInAsAdmin();
        browser.open("/goals?project=SALES");
        browser.waitFor(By.cssSelector("[data-action=create-goal]")).click();
        WebElement form = browser.waitFor(By.cssSelector("form[data-form=create-goal]"));
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
