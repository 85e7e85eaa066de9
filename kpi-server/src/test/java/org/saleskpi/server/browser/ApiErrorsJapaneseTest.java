package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An error the API answers is shown in the page's language, from its messageKey and params, not the server's English. */
class ApiErrorsJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void aGoalTheServerRejectsIsExplainedInJapaneseWithTheLimitInTheText() {
        browser.signInAsAdmin();
        WebElement form = browser.createGoalForm("SALES");
        // Both are only checked by the server: a name over 255 characters and a due date before the start.
        browser.script("arguments[0].value = arguments[1];", form.findElement(By.name("name")), "長".repeat(300));
        browser.script("arguments[0].value = '2020-01-01';", form.findElement(By.name("dueDate")));
        form.findElement(By.cssSelector("button[type=submit], [data-action=create-goal]")).click();

        WebElement dueDateError = browser.waitFor(By.cssSelector("[name=dueDate][aria-invalid=true] ~ .saleskpi-field-error"));
        WebElement nameError = form.findElement(By.cssSelector("[name=name] ~ .saleskpi-field-error"));
        browser.screenshot("api-error-ja");
        assertThat(dueDateError.getText()).isEqualTo("期限を開始日より前にはできません。");
        assertThat(nameError.getText()).startsWith("長すぎます。255 文字以内にしてください。");
        assertThat(form.getText()).doesNotContain("Due date", "must be");
        // The one console entry is the refused request itself.
        assertThat(browser.consoleErrors()).allSatisfy(line -> assertThat(line).contains("/goals", "400"));
    }
}
