package org.saleskpi.web.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;

/**
 * The token bucket, on a clock moved by hand. At 3 a minute one request is earned back every 20 s, and a user may
 * spend the whole minute's 3 at once.
 */
class RateLimitTest {
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final RateLimit rate = new RateLimit(clock);

    @Test
    void aMinutesWorthAtOnceThenOneEveryTwentySeconds() {
        assertThat(rate.spend("alice", 3)).isZero();
        assertThat(rate.spend("alice", 3)).isZero();
        assertThat(rate.spend("alice", 3)).isZero();
        // Bucket empty: the next request is earned 60 s / 3 = 20 s from now.
        assertThat(rate.spend("alice", 3)).isEqualTo(20);

        clock.advance(Duration.ofSeconds(19));
        // 19 s earn 19/20 of a request: 1 s to go.
        assertThat(rate.spend("alice", 3)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(rate.spend("alice", 3)).isZero();
        assertThat(rate.spend("alice", 3)).isEqualTo(20);
    }

    @Test
    void partOfASecondLeftIsAskedToWaitAWholeSecond() {
        for (int i = 0; i < 3; i++) {
            rate.spend("alice", 3);
        }
        clock.advance(Duration.ofMillis(19_999));
        // 1 ms short of the 20 s: Retry-After counts whole seconds, rounded up.
        assertThat(rate.spend("alice", 3)).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(rate.spend("alice", 3)).isZero();
    }

    @Test
    void eachUserHasTheirOwnBucket() {
        rate.spend("alice", 1);
        assertThat(rate.spend("alice", 1)).isEqualTo(60);
        assertThat(rate.spend("bob", 1)).isZero();
    }

    @Test
    void aQuietUserNeverSavesUpMoreThanAMinutesWorth() {
        rate.spend("alice", 2);
        clock.advance(Duration.ofHours(1));
        assertThat(rate.spend("alice", 2)).isZero();
        assertThat(rate.spend("alice", 2)).isZero();
        assertThat(rate.spend("alice", 2)).isEqualTo(30);
    }

    @Test
    void aLowerRateAppliesAtOnceToWhatIsLeft() {
        assertThat(rate.spend("alice", 100)).isZero();
        // 99 left at 100 a minute; at 1 a minute the bucket holds at most 1: one more passes, then 60 s.
        assertThat(rate.spend("alice", 1)).isZero();
        assertThat(rate.spend("alice", 1)).isEqualTo(60);
    }

    @Test
    void aClockThatStepsBackEarnsNothing() {
        rate.spend("alice", 1);
        clock.advance(Duration.ofSeconds(-30));
        assertThat(rate.spend("alice", 1)).isEqualTo(60);
    }
}
