package org.saleskpi.jira.simulated;

import java.util.concurrent.atomic.AtomicInteger;
import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheSettingsStore;

/** The admins' settings held in memory, one store for every node of a test, as Jira's plugin settings are. */
public final class HeldSettings implements CacheSettingsStore {
    private volatile CacheSettings settings;
    private final AtomicInteger reads = new AtomicInteger();

    public HeldSettings(CacheSettings initial) {
        this.settings = initial;
    }

    /** The defaults: the cache on, up to two million issues, a 60 s poll. */
    public HeldSettings() {
        this(CacheSettings.defaults());
    }

    @Override
    public CacheSettings get() {
        reads.incrementAndGet();
        return settings;
    }

    /** How many times the settings were read, as each read of Jira's plugin settings is a database read. */
    public int reads() {
        return reads.get();
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
