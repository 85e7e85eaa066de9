package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.saleskpi.server.RunningServer;

/** {@link ImportWithoutHistoryTest}'s note on history, on a page asked for in Japanese. */
class ImportWithoutHistoryJapaneseTest {
    @RegisterExtension
    static final Browser browser = Browser.onOwnServer("ja",
            () -> RunningServer.start(RunningServer.temporaryOptions().withDemo(false), true));

    @Test
    void theNoteOnHistoryIsInJapanese() throws IOException {
        WebElement note = ImportWithoutHistoryTest.importTwoIssues(browser);

        assertThat(note.getText()).isEqualTo("2 件の課題を履歴なしで作成しました。Jira の CSV エクスポートには履歴が含まれないため、"
                + "過去を必要とする KPI（ステージファネル、ステージ滞在時間、クローズ日のずれ、過去の時点の値）は、"
                + "これらの課題について履歴が記録されていないと表示します。");
        browser.assertNoConsoleErrors();
    }
}
