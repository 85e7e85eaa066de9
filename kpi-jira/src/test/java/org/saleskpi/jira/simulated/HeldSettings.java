package org.saleskpi.jira.simulated;

import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheSettingsStore;

/** The admins' settings held in memory, one store for every node of a test, as Jira's plugin settings are. */
public final class HeldSettings implements CacheSettingsStore {
    private volatile CacheSettings settings;

    public HeldSettings(CacheSettings initial) {
        this.settings = initial;
    }

    /** The defaults: the cache on, up to two million issues, a 60 s poll. */
    public HeldSettings() {
        this(CacheSettings.defaults());
    }

    @Override
    public CacheSettings get() {
        return settings;
    }

    @Override
    public void set(CacheSettings settings) {
        this.settings = settings;
    }

    /** Lifts (true) or throws (false) the kill switch. */
    public void enabled(boolean on) {
        set(settings.withEnabled(on));
    }

    public void maxIssues(long max) {
        set(settings.withMaxIssues(max));
    }

    public void pollSeconds(int seconds) {
        set(settings.withPollSeconds(seconds));
    }
}
