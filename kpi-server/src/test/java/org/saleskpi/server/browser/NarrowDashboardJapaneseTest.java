package org.saleskpi.server.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link NarrowDashboardTest} in Japanese. */
class NarrowDashboardJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theSalesOverviewIsOneColumnWithoutSidewaysScrollingAndToolbarsOnOneRow() {
        NarrowDashboardTest.assertNarrowSalesOverview(browser, "nori", "ja");
    }

    @Test
    void theOtherPagesKeepTheirBarsOnOneRowWithoutSidewaysScrolling() {
        NarrowDashboardTest.assertNarrowPages(browser, "ja");
    }
}
