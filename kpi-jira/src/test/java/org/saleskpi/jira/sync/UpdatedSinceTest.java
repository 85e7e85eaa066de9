package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class UpdatedSinceTest {

    @Test
    void theWindowStartsAtTheWatermarkLessTheLookBackRoundedDownToItsMinuteInJirasZone() {
        // 10:00:30 UTC less 2 min = 09:58:30 UTC; down to the minute 09:58 UTC, which is 18:58 in Tokyo (UTC+9).
        UpdatedSince since = new UpdatedSince("project = SALES", Instant.parse("2026-12-05T10:00:30Z"),
                Duration.ofMinutes(2));

        assertThat(since.from(ZoneId.of("Asia/Tokyo"))).isEqualTo(Instant.parse("2026-12-05T09:58:00Z"));
        assertThat(since.jql(ZoneId.of("Asia/Tokyo")))
                .isEqualTo("(project = SALES) AND updated >= \"2026/12/05 18:58\"");
        assertThat(since.jql(ZoneId.of("UTC"))).isEqualTo("(project = SALES) AND updated >= \"2026/12/05 09:58\"");
    }

    @Test
    void aZoneWithAHalfHourOffsetStillRoundsToItsOwnMinuteAndTheDateFollowsTheZone() {
        // 2026-12-05 00:01:10 UTC less 2 min = 2026-12-04 23:59:10 UTC; in Adelaide (UTC+10:30 in December, daylight
        // time) that is 2026-12-05 10:29:10, down to 10:29. In Honolulu (UTC-10) it is 2026-12-04 13:59.
        UpdatedSince since = new UpdatedSince("project = SALES", Instant.parse("2026-12-05T00:01:10Z"),
                Duration.ofMinutes(2));

        assertThat(since.jql(ZoneId.of("Australia/Adelaide")))
                .isEqualTo("(project = SALES) AND updated >= \"2026/12/05 10:29\"");
        assertThat(since.jql(ZoneId.of("Pacific/Honolulu")))
                .isEqualTo("(project = SALES) AND updated >= \"2026/12/04 13:59\"");
    }

    @Test
    void theScopeIsParenthesisedSoAnOrInItCannotEscapeTheWindow() {
        UpdatedSince since = new UpdatedSince("project = SALES OR project = CRM", Instant.parse("2026-12-05T10:00:00Z"),
                Duration.ZERO);

        assertThat(since.jql(ZoneId.of("UTC")))
                .isEqualTo("(project = SALES OR project = CRM) AND updated >= \"2026/12/05 10:00\"");
    }
}
