package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.web.guard.Limits;

class CacheSettingsLimitsTest {
    private final MemoryPluginSettings sal = new MemoryPluginSettings();
    private final PluginSettingsCacheSettings store = new PluginSettingsCacheSettings(sal);
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
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
}
