package org.saleskpi.server.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class JiraTimestampsTest {

    @Test
    void readsJirasOffsetWithoutAColon() {
        // 14:05:12 at +01:00 is 13:05:12 UTC.
        assertThat(JiraTimestamps.parse("2026-11-30T14:05:12.000+0100")).isEqualTo(Instant.parse("2026-11-30T13:05:12Z"));
        // Cloud sites west of UTC: 09:30 at -05:00 is 14:30 UTC.
        assertThat(JiraTimestamps.parse("2026-03-08T09:30:00.250-0500")).isEqualTo(Instant.parse("2026-03-08T14:30:00.250Z"));
    }

    @Test
    void readsTheColonFormZuluAndNoFraction() {
        assertThat(JiraTimestamps.parse("2026-11-30T14:05:12.000+01:00")).isEqualTo(Instant.parse("2026-11-30T13:05:12Z"));
        assertThat(JiraTimestamps.parse("2026-11-30T14:05:12Z")).isEqualTo(Instant.parse("2026-11-30T14:05:12Z"));
        assertThat(JiraTimestamps.parse("2026-11-30T14:05:12+0530")).isEqualTo(Instant.parse("2026-11-30T08:35:12Z"));
    }

    @Test
    void refusesWhatIsNotATimestamp() {
        assertThatThrownBy(() -> JiraTimestamps.parse("2026-11-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'2026-11-30'");
        assertThatThrownBy(() -> JiraTimestamps.parse("30/Nov/26 2:05 PM")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JiraTimestamps.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
