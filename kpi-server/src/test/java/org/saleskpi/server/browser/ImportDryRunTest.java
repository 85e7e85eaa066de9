package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.saleskpi.server.RunningServer;

/**
 * An administrator checks a German export with problems on the import page: the dry run shows the first rows with
 * their amounts read as German numbers, every problem by line and column, and offers a KPI profile for the new
 * project with the won and lost statuses guessed; nothing is written until "Import this file", which imports the
 * checked file and then creates the profile, whose page opens from the link.
 */
class ImportDryRunTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void aDryRunShowsRowsAndProblemsThenTheImportCreatesTheOfferedProfile() throws IOException {
        ImportPageSteps.signInAndChoose(browser, export());
        new Select(browser.driver().findElement(By.cssSelector("[data-field=numberFormat] select"))).selectByValue("de");
        browser.driver().findElement(By.cssSelector("[data-field=timeZone] input")).clear();
        browser.driver().findElement(By.cssSelector("[data-field=timeZone] input")).sendKeys("Europe/Berlin");
        browser.driver().findElement(By.cssSelector("[data-action=check]")).click();

        WebElement first = browser.waitFor(By.cssSelector("[data-rows=preview] tr[data-key=WEB-1]"));
        assertThat(first.findElement(By.cssSelector("[data-amount]")).getAttribute("data-amount")).isEqualTo("1234.56");
        assertThat(first.findElement(By.cssSelector("[data-kind]")).getText()).isEqualTo("Deal");
        assertThat(first.getText()).contains("Acme").contains("Ann Web (new person)");
        List<String> problems = browser.driver().findElements(By.cssSelector("[data-rows=problems] tbody tr")).stream()
                .map(row -> row.getAttribute("data-line") + " " + row.getAttribute("data-column") + " "
                        + row.getAttribute("data-severity"))
                .toList();
        assertThat(problems).containsExactly("2 Assignee WARNING", "4 Created ERROR", "5 Custom field (Amount) ERROR");
        assertThat(browser.driver().findElement(By.cssSelector("[data-rows=problems] tr[data-line='5']")).getText())
                .contains("\"1,234.56\" is not a number written like 1.234,56; in another number format it reads as"
                        + " 1234.56 (en).");
        WebElement offer = browser.driver().findElement(By.cssSelector("form[data-offer=WEB]"));
        assertThat(new Select(offer.findElement(By.cssSelector("[data-type-kind=Opportunity]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("deal");
        assertThat(new Select(offer.findElement(By.cssSelector("[data-status-role='Opportunity|Closed Won']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("won");
        assertThat(new Select(offer.findElement(By.cssSelector("[data-status-role='Opportunity|Closed Lost']")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("lost");
        assertThat(new Select(offer.findElement(By.cssSelector("[data-field='fields.amount'] select")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("Amount");
        browser.script("arguments[0].scrollIntoView()", browser.driver().findElement(By.cssSelector("[data-preview] h2")));
        browser.screenshot("page-import-dry-run");
        offer.findElement(By.cssSelector("[data-field=currency] input")).clear();
        offer.findElement(By.cssSelector("[data-field=currency] input")).sendKeys("EUR");
        browser.screenshot("page-import-dry-run-offer");
        assertThat(browser.jsonAsAdmin("GET", "/issues?jql=", null).get("total")).describedAs("nothing written yet")
                .isEqualTo(0.0);

        browser.driver().findElement(By.cssSelector("[data-action=import-checked]")).click();

        browser.waitFor(By.cssSelector("[data-job][data-state=DONE] [data-count=created]"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-count=created] dd")).getText()).isEqualTo("3");
        WebElement created = browser.waitFor(By.cssSelector("[data-offer=WEB] [data-profile-created]"));
        browser.screenshot("page-import-dry-run-imported");
        String id = created.getAttribute("data-profile-created");
        Map<String, Object> profile = browser.jsonAsAdmin("GET", "/profiles/" + id, null);
        assertThat(profile.get("wonStatuses")).isEqualTo(List.of("Closed Won"));
        assertThat(profile.get("lostStatuses")).isEqualTo(List.of("Closed Lost"));
        assertThat(profile.get("dealTypes")).isEqualTo(List.of("Opportunity"));
        assertThat(profile.get("currency")).isEqualTo("EUR");

        created.findElement(By.cssSelector("a")).click();
        browser.waitForLocation("/profiles/" + id);
        browser.waitFor(By.cssSelector("form"));
        browser.screenshot("page-import-dry-run-profile");
        browser.assertNoConsoleErrors();
    }

    /** A German export: a date in another format (line 4), an English number (line 5), a person not yet known. */
    private static Path export() throws IOException {
        Path file = Path.of("target", "browser-uploads", "dry-run-export.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Summary,Issue key,Issue Type,Status,Status Category,Resolution,Assignee,Created,"
                + "Resolved,Custom field (Amount),Custom field (Customer)\n"
                + "Acme renewal,WEB-1,Opportunity,Closed Won,Done,Done,Ann Web,01/Mar/24 9:00 AM,20/Mar/24 4:30 PM,"
                + "\"1.234,56\",Acme\n"
                + "Globex,WEB-2,Opportunity,Closed Lost,Done,Won't Do,Ann Web,02/Mar/24 9:00 AM,21/Mar/24 9:00 AM,"
                + "\"12.500\",Globex\n"
                + "Initech,WEB-3,Opportunity,Negotiation,In Progress,,Ann Web,2024-03-03,,\"7.999,99\",Initech\n"
                + "Umbrella,WEB-4,Opportunity,Proposal,In Progress,,Ann Web,04/Mar/24 9:00 AM,,\"1,234.56\",Umbrella\n"
                + "Inbound,WEB-5,Lead,Open,To Do,,Ann Web,05/Mar/24 9:00 AM,,,\n", StandardCharsets.UTF_8);
        return file;
    }
}
