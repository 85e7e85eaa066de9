package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;

/**
 * The import page's report says that the issues a Jira CSV export created came without their history,
 * and what that means for the KPIs; a second import of the same file creates nothing and says nothing
 * of it. {@code ImportWithoutHistoryJapaneseTest} reads the same report in Japanese.
 */
class ImportWithoutHistoryTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void theReportSaysTheCreatedIssuesHaveNoHistory() throws IOException {
        WebElement note = importTwoIssues(browser);

        assertThat(note.getAttribute("data-no-history")).isEqualTo("2");
        assertThat(note.getText()).isEqualTo("2 issues were created without their history: a Jira CSV export carries"
                + " none, so the KPIs that need the past (stage funnel, time in stage, close-date slippage, values as"
                + " of a date) say that no history was recorded for them.");
        browser.screenshot("page-import-no-history");

        browser.driver().findElement(By.cssSelector("form[data-form=import] input[type=file]"))
                .sendKeys(export().toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("[data-action=upload]")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("[data-count=unchanged] dd")).getText().equals("2"));
        assertThat(browser.driver().findElements(By.cssSelector("[data-no-history]"))).isEmpty();
        browser.assertNoConsoleErrors();
    }

    /** Signs in as the administrator, imports two new issues on the import page, returns the note on history. */
    static WebElement importTwoIssues(Browser browser) throws IOException {
        browser.open("/login?next=%2Fimport");
        browser.signInAsAdmin();
        browser.waitForLocation("/import");
        browser.waitFor(By.cssSelector("form[data-form=import] input[type=file]"))
                .sendKeys(export().toAbsolutePath().toString());
        browser.driver().findElement(By.cssSelector("[data-action=upload]")).click();
        return browser.waitFor(By.cssSelector("[data-job][data-state=DONE] [data-no-history]"));
    }

    /** Two issues as a Jira export writes them, in the build's folder. */
    private static Path export() throws IOException {
        Path file = Path.of("target", "browser-uploads", "history-export.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Issue key,Summary,Issue Type,Status,Created\n"
                + "HIS-1,First deal,Opportunity,Proposal,01/Mar/24 9:00 AM\n"
                + "HIS-2,Second deal,Opportunity,Negotiation,04/Mar/24 2:30 PM\n", StandardCharsets.UTF_8);
        return file;
    }
}
