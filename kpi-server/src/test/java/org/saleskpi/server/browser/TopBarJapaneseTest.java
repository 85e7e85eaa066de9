package org.saleskpi.server.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link TopBarTest}'s narrow bar in Japanese, whose labels are wider. */
class TopBarJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theBarKeepsOneLineAndPutsTheLinksThatDoNotFitUnderMore() {
        TopBarTest.assertOneLineWithMore(browser, "ja", "その他");
    }
}
