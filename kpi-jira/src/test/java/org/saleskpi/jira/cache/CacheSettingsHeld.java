package org.saleskpi.jira.cache;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;

/** Settings held in memory for the cache's tests, and the profiles whose scopes they read. */
final class CacheSettingsHeld implements CacheSettingsStore {
    CacheSettings settings = new CacheSettings(true, 10_000, 60, 2, 120);

    @Override
    public CacheSettings get() {
        return settings;
    }

    @Override
    public void set(CacheSettings settings) {
        this.settings = settings;
    }

    void killSwitch(boolean on) {
        settings = new CacheSettings(!on, settings.maxIssues(), settings.pollSeconds(), settings.maxConcurrent(),
                settings.requestsPerMinute());
    }

    void maxIssues(long max) {
        settings = new CacheSettings(settings.enabled(), max, settings.pollSeconds(), settings.maxConcurrent(),
                settings.requestsPerMinute());
    }

    /** A profile of {@code project} whose deals have their amount in customfield_10010, closing on customfield_10011. */
    static KpiProfile profile(long id, String project, String scope) {
        return new KpiProfile(id, project, "Pipeline " + id, new SalesModel(scope, Set.of(), Set.of("Deal"), Set.of(),
                Set.of(), Set.of(), Set.of("Won"), Set.of(), Set.of(), Set.of(), CacheJira.AMOUNT,
                Optional.of(CacheJira.CLOSE_DATE), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Currency.getInstance("EUR"), SalesCalendar.of(ZoneId.of("UTC")), 30),
                1);
    }
}
