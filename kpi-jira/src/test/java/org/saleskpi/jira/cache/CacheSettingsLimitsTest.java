package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.saleskpi.web.guard.Limits;

class CacheSettingsLimitsTest {
    private final MemoryPluginSettings sal = new MemoryPluginSettings();
    private final PluginSettingsCacheSettings store = new PluginSettingsCacheSettings(sal);
    private final MovingClock clock = new MovingClock();
    private final CacheSettingsLimits limits = new CacheSettingsLimits(store, clock);

    @Test
    void theAdminsSettingsAreTheLimitsAndAChangeAppliesOnceTheLastReadIsTenSecondsOld() {
        store.set(new CacheSettings(true, 10_000, 60, 3, 50));
        assertThat(limits.limits()).isEqualTo(new Limits(3, 50));

        // Saved on another node: this one still answers its last read for up to 10 s, without asking Jira.
        store.set(new CacheSettings(true, 10_000, 60, 1, 5));
        int reads = sal.reads;
        clock.advance(Duration.ofSeconds(9));
        assertThat(limits.limits()).isEqualTo(new Limits(3, 50));
        assertThat(sal.reads).isEqualTo(reads);

        clock.advance(Duration.ofSeconds(1));
        assertThat(limits.limits()).isEqualTo(new Limits(1, 5));
    }

    @Test
    void aClockSteppedBackReadsAgain() {
        store.set(new CacheSettings(true, 10_000, 60, 3, 50));
        limits.limits();
        store.set(new CacheSettings(true, 10_000, 60, 2, 20));
        clock.advance(Duration.ofMinutes(-5));
        assertThat(limits.limits()).isEqualTo(new Limits(2, 20));
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
