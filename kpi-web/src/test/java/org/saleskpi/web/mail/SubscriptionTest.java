package org.saleskpi.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** When a subscription's mail is due, in the subscriber's zone, and the period that names it. */
class SubscriptionTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aDailyMailIsDueAtTheHourOfTheSubscribersZone() {
        Subscription daily = subscription(Frequency.DAILY, 1, 1, 8);

        // 23:30 UTC on 6 Dec is 08:30 on 7 Dec in Tokyo: today's 08:00 has passed.
        assertThat(Subscription.periodKey(daily.lastDue(Instant.parse("2026-12-06T23:30:00Z"))))
                .isEqualTo("2026-12-07T08:00");
        // 22:30 UTC is 07:30 in Tokyo: yesterday's is the latest.
        assertThat(Subscription.periodKey(daily.lastDue(Instant.parse("2026-12-06T22:30:00Z"))))
                .isEqualTo("2026-12-06T08:00");
    }

    @Test
    void aWeeklyMailIsDueOnItsDayAndAMonthlyOneOnItsDate() {
        Subscription mondays = subscription(Frequency.WEEKLY, 1, 1, 9);
        Subscription fifteenth = subscription(Frequency.MONTHLY, 1, 15, 9);

        // Monday 7 Dec 2026, 08:00 in Tokyo: last Monday's 09:00.
        Instant mondayMorning = Instant.parse("2026-12-06T23:00:00Z");
        assertThat(Subscription.periodKey(mondays.lastDue(mondayMorning))).isEqualTo("2026-11-30T09:00");
        assertThat(Subscription.periodKey(mondays.lastDue(mondayMorning.plusSeconds(3600))))
                .isEqualTo("2026-12-07T09:00");
        assertThat(Subscription.periodKey(fifteenth.lastDue(mondayMorning))).isEqualTo("2026-11-15T09:00");
        assertThat(Subscription.periodKey(fifteenth.lastDue(Instant.parse("2026-12-15T00:00:00Z"))))
                .isEqualTo("2026-12-15T09:00");
    }

    private static Subscription subscription(Frequency frequency, int dayOfWeek, int dayOfMonth, int hour) {
        return new Subscription(1, "rep", Subscription.Subject.DASHBOARD, 1, frequency, dayOfWeek, dayOfMonth, hour, TOKYO, Locale.JAPANESE,
                "rep@example.com", Instant.EPOCH);
    }
}
