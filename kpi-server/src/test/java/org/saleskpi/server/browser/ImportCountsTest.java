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
 * The import page writes its row counts as every other page writes numbers, in the reader's locale (issue 17,
 * Language): a dry run and an import of 1 200 rows say "1,200", in the report and in the list of recent imports.
 */
class ImportCountsTest {
    private static final int ROWS = 1200;

    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void theDryRunTheReportAndTheRecentImportsWriteTheirCountsWithThousandsSeparators() throws IOException {
        ImportPageSteps.signInAndChoose(browser, export());
        browser.driver().findElement(By.cssSelector("[data-action=check]")).click();

        assertThat(browser.waitFor(By.cssSelector("[data-preview-counts]")).getText())
                .startsWith("1,200 rows: 1,200 to create");

        WebElement currency = browser.driver().findElement(By.cssSelector("form[data-offer=CNT] [data-field=currency] input"));
        currency.clear();
        currency.sendKeys("USD");
        browser.driver().findElement(By.cssSelector("[data-action=import-checked]")).click();
        browser.waitFor(By.cssSelector("[data-job][data-state=DONE] [data-count=created]"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-count=read] dd")).getText()).isEqualTo("1,200");
        assertThat(browser.driver().findElement(By.cssSelector("[data-count=created] dd")).getText()).isEqualTo("1,200");
        browser.open("/import");
        assertThat(browser.waitFor(By.cssSelector("[data-job-id][data-state=DONE]")).getText()).contains("1,200");
        browser.screenshot("page-import-counts");
        browser.assertNoConsoleErrors();
    }

    /** 1 200 deals of one project in a Jira "CSV (all fields)" export. */
    private static Path export() throws IOException {
        Path file = Path.of("target", "browser-uploads", "counts-export.csv");
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("Summary,Issue key,Issue Type,Status,Status Category,Resolution,Assignee,"
                + "Created,Resolved,Custom field (Amount),Custom field (Customer)\n");
        for (int row = 1; row <= ROWS; row++) {
            String status = switch (row % 3) {
                case 0 -> "Closed Won,Done,Done,Ann Count,01/Mar/24 9:00 AM,20/Mar/24 4:30 PM";
                case 1 -> "Closed Lost,Done,Won't Do,Ann Count,01/Mar/24 9:00 AM,21/Mar/24 9:00 AM";
                default -> "Negotiation,In Progress,,Ann Count,01/Mar/24 9:00 AM,";
            };
            csv.append("Deal ").append(row).append(",CNT-").append(row).append(",Opportunity,").append(status)
                    .append(",1000,Acme\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
