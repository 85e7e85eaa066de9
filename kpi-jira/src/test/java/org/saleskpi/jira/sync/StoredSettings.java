package org.saleskpi.jira.sync;

import org.saleskpi.jira.cache.CacheSettings;
import org.saleskpi.jira.cache.CacheSettingsStore;

/** The admins' settings as every node reads them (one store for the cluster, as PluginSettings is). */
final class StoredSettings implements CacheSettingsStore {
    private volatile CacheSettings settings = CacheSettings.defaults();

    @Override
    public CacheSettings get() {
        return settings;
    }

    @Override
    public void set(CacheSettings settings) {
        this.settings = settings;
    }

    void pollSeconds(int seconds) {
        CacheSettings s = settings;
        set(new CacheSettings(s.enabled(), s.maxIssues(), seconds, s.maxConcurrent(), s.requestsPerMinute()));
    }

    void maxIssues(long maxIssues) {
        CacheSettings s = settings;
        set(new CacheSettings(s.enabled(), maxIssues, s.pollSeconds(), s.maxConcurrent(), s.requestsPerMinute()));
    }

    void enabled(boolean enabled) {
        CacheSettings s = settings;
        set(new CacheSettings(enabled, s.maxIssues(), s.pollSeconds(), s.maxConcurrent(), s.requestsPerMinute()));
    }
}
