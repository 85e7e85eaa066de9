package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The compared spans in Japanese, for a browser that asks for Japanese. */
class ComparedSpansJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theSpansAreSaidInJapanese() {
        ComparedSpansTest.openDashboard(browser);

        for (String type : List.of("calculation", "line")) {
            // Japanese writes short dates with numbers, and a range with a wave dash.
            assertThat(ComparedSpansTest.comparison(browser, type)).as(type)
                    .isEqualTo("2025/10/01～2025/12/31 と 2025/07/01～2025/09/30 を比較");
        }
        browser.assertNoConsoleErrors();
    }
}
