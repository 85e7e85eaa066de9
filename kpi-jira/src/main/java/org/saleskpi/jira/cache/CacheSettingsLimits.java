package org.saleskpi.jira.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.guard.LimitsSource;

/**
 * The guardrails' limits from the admins' {@link CacheSettings}. Every guarded request asks, so the settings are
 * read from Jira at most once per {@link #FRESH}: an admin's change reaches every node within that time.
 */
public final class CacheSettingsLimits implements LimitsSource {
    static final Duration FRESH = Duration.ofSeconds(10);

    private final CacheSettingsStore settings;
    private final Clock clock;
    private volatile Read last;

    public CacheSettingsLimits(CacheSettingsStore settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private record Read(Limits limits, Instant until) {
    }

    @Override
    public Limits limits() {
        Instant now = clock.instant();
        Read read = last;
        if (read == null || !now.isBefore(read.until()) || now.isBefore(read.until().minus(FRESH))) {
            CacheSettings current = settings.get();
            read = new Read(new Limits(current.maxConcurrent(), current.requestsPerMinute()), now.plus(FRESH));
            last = read;
        }
        return read.limits();
    }
}
