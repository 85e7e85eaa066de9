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
import org.saleskpi.server.RunningServer;

/**
 * The profile the import page offers for a new project is checked before anything is imported (ADR 0078): an offer
 * without a currency is refused next to its currency and the file stays unimported; with a currency typed, the same
 * "Import this file" imports the issues and creates the profile.
 */
class ImportOfferCheckedFirstTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer(
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void aRefusedOfferImportsNothingAndTheCorrectedOneImportsBoth() throws IOException {
        ImportPageSteps.signInAndChoose(browser, export());
        browser.driver().findElement(By.cssSelector("[data-action=check]")).click();
        WebElement offer = browser.waitFor(By.cssSelector("form[data-offer=OFR]"));
        WebElement currency = offer.findElement(By.cssSelector("[data-field=currency] input"));
        currency.clear();

        browser.driver().findElement(By.cssSelector("[data-action=import-checked]")).click();

        browser.waitFor(By.cssSelector("[data-offer=OFR] [data-profile-refused]"));
        WebElement error = offer.findElement(By.cssSelector("[data-field=currency] .field-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter a currency code such as USD or JPY.");
        browser.script("arguments[0].scrollIntoView()", offer);
        browser.screenshot("page-import-offer-refused");
        assertThat(browser.driver().findElements(By.cssSelector("[data-job][data-state]"))).describedAs("no import started")
                .isEmpty();
        assertThat(browser.jsonAsAdmin("GET", "/issues?jql=", null).get("total")).describedAs("nothing imported")
                .isEqualTo(0.0);
        assertThat(browser.asAdmin("GET", "/profiles", null).body()).doesNotContain("OFR");
        // The browser logs the refused check itself: that one, and nothing else, is expected.
        assertThat(browser.consoleErrors()).singleElement().asString().contains("/profiles/checks",
                "status of 400");

        currency.sendKeys("EUR");
        browser.driver().findElement(By.cssSelector("[data-action=import-checked]")).click();

        browser.waitFor(By.cssSelector("[data-job][data-state=DONE] [data-count=created]"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-count=created] dd")).getText()).isEqualTo("2");
        WebElement created = browser.waitFor(By.cssSelector("[data-offer=OFR] [data-profile-created]"));
        assertThat(offer.findElements(By.cssSelector("[data-profile-refused]"))).isEmpty();
        browser.screenshot("page-import-offer-imported");
        Map<String, Object> profile = browser.jsonAsAdmin("GET",
                "/profiles/" + created.getAttribute("data-profile-created"), null);
        assertThat(profile.get("currency")).isEqualTo("EUR");
        assertThat(profile.get("dealTypes")).isEqualTo(List.of("Opportunity"));
        assertThat(browser.jsonAsAdmin("GET", "/issues?jql=", null).get("total")).isEqualTo(2.0);
    }

    /** Two deals of a project that has no KPI profile yet, with a new Amount field. */
    private static Path export() throws IOException {
        Path file = Path.of("target", "browser-uploads", "offer-checked-first.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Summary,Issue key,Issue Type,Status,Status Category,Resolution,Assignee,Created,"
                + "Resolved,Custom field (Amount),Custom field (Customer)\n"
                + "Acme renewal,OFR-1,Opportunity,Closed Won,Done,Done,admin,01/Mar/24 9:00 AM,20/Mar/24 4:30 PM,"
                + "1234.56,Acme\n"
                + "Globex,OFR-2,Opportunity,Negotiation,In Progress,,admin,02/Mar/24 9:00 AM,,12500,Globex\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
