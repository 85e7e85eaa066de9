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
 * The import's dry run on a page asked for in Japanese, of a file whose numbers are written the Japanese way
 * (1,234,567): the first rows show the amounts as read, a German number is a problem said in Japanese, and the
 * leads of a project whose profile counts "商談化" as converted, none of which is in it, are a warning in Japanese
 * naming the profile's status and the file's. Nothing is written.
 */
class ImportDryRunJapaneseTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer("ja",
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void aJapaneseFileIsCheckedOnAJapanesePage() throws IOException {
        browser.open("/login?next=%2Fimport");
        browser.signInAsAdmin();
        browser.waitForLocation("/import");
        Object amount = browser.jsonAsAdmin("POST", "/fields", Map.of("name", "金額", "type", "number")).get("id");
        browser.jsonAsAdmin("POST", "/profiles", Map.of("name", "見込み客", "project", "JPL", "leadTypes",
                List.of("リード"), "dealTypes", List.of("商談"), "wonStatuses", List.of("受注"),
                "convertedStatuses", List.of("商談化"), "timeZone", "Asia/Tokyo", "fields", Map.of("amount", amount)));
        browser.open("/import");
        browser.waitFor(By.cssSelector("[data-guide]"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("課題のインポート");
        browser.driver().findElement(By.cssSelector("form[data-form=import] input[type=file]"))
                .sendKeys(export().toAbsolutePath().toString());
        new Select(browser.driver().findElement(By.cssSelector("[data-field=numberFormat] select"))).selectByValue("ja");
        WebElement zone = browser.driver().findElement(By.cssSelector("[data-field=timeZone] input"));
        zone.clear();
        zone.sendKeys("Asia/Tokyo");
        browser.driver().findElement(By.cssSelector("[data-action=check]")).click();

        WebElement first = browser.waitFor(By.cssSelector("[data-rows=preview] tr[data-key=JPN-1]"));
        assertThat(first.findElement(By.cssSelector("[data-amount]")).getAttribute("data-amount")).isEqualTo("1234567");
        assertThat(first.findElement(By.cssSelector("[data-amount]")).getText()).isEqualTo("1,234,567");
        assertThat(first.findElement(By.cssSelector("[data-kind]")).getText()).isEqualTo("商談");
        assertThat(browser.driver().findElement(By.cssSelector("[data-rows=preview] tr[data-key=JPN-2] [data-amount]"))
                .getAttribute("data-amount")).isEqualTo("12500.5");
        List<String> problems = browser.driver().findElements(By.cssSelector("[data-rows=problems] tbody tr")).stream()
                .map(row -> row.getAttribute("data-line") + " " + row.getAttribute("data-column") + " "
                        + row.getAttribute("data-severity") + " " + row.getAttribute("data-message-key"))
                .toList();
        assertThat(problems).containsExactly(
                "4 Custom field (金額) ERROR saleskpi.import.problem.number.otherStyle",
                "5 Status WARNING saleskpi.import.problem.status.converted");
        assertThat(browser.driver().findElement(By.cssSelector("[data-rows=problems] tr[data-line='4']")).getText())
                .contains("「1.234,56」は 1,234.56 の形式の数値ではありません。");
        assertThat(browser.driver().findElement(By.cssSelector("[data-rows=problems] tr[data-line='5']")).getText())
                .contains("ファイルのリードはどれもプロファイル 見込み客 の転換ステータス（商談化）にありません。")
                .contains("ファイルのリードのステータスは 対応中, 新規 です。");
        browser.script("arguments[0].scrollIntoView()", browser.driver().findElement(By.cssSelector("[data-preview] h2")));
        browser.screenshot("page-import-dry-run-ja");
        assertThat(browser.jsonAsAdmin("GET", "/issues?jql=", null).get("total")).describedAs("nothing written")
                .isEqualTo(0.0);
        browser.assertNoConsoleErrors();
    }

    /** Amounts written the Japanese way, one the German way (line 4), and two leads of project JPL. */
    private static Path export() throws IOException {
        Path file = Path.of("target", "browser-uploads", "dry-run-export-ja.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Summary,Issue key,Issue Type,Status,Status Category,Resolution,Created,Resolved,"
                + "Custom field (金額)\n"
                + "山田商事 更新,JPN-1,商談,受注,Done,Done,01/Mar/24 9:00 AM,20/Mar/24 4:30 PM,\"1,234,567\"\n"
                + "鈴木工業,JPN-2,商談,提案,In Progress,,02/Mar/24 9:00 AM,,\"12,500.5\"\n"
                + "田中物産,JPN-3,商談,提案,In Progress,,03/Mar/24 9:00 AM,,\"1.234,56\"\n"
                + "問い合わせ,JPL-1,リード,新規,To Do,,04/Mar/24 9:00 AM,,\n"
                + "展示会,JPL-2,リード,対応中,In Progress,,05/Mar/24 9:00 AM,,\n", StandardCharsets.UTF_8);
        return file;
    }
}
