package org.saleskpi.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The goal page and the dashboard write one date alike in Japanese too. */
class SameDatesJapaneseTest {
    @RegisterExtension
    static final Browser browser = new Browser("ja");

    @Test
    void theGoalPageAndTheDashboardWriteTheDueDateAlike() {
        assertThat(SameDatesTest.datesOnGoalAndDashboard(browser)).containsExactly("2025/12/31", "2025/12/31");
    }
}
