package org.saleskpi.jira.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.saleskpi.web.guard.Limits;
import org.saleskpi.web.guard.LimitsSource;

/**
 * The guardrails' limits from the admins' {@link CacheSettings}. Every guarded request asks, so the settings are
 * read from Jira at most once per {@link #FRESH}: an admin's change reaches every node within that time.
 */
public final class CacheSettingsLimits implements LimitsSource {
    static final Duration FRESH = Refreshed.FRESH;

    private final Refreshed<Limits> limits;

    public CacheSettingsLimits(CacheSettingsStore settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        this.limits = new Refreshed<>(() -> {
            CacheSettings current = settings.get();
            return new Limits(current.maxConcurrent(), current.requestsPerMinute());
        }, clock);
    }

    @Override
    public Limits limits() {
        return limits.get();
    }
}
