package org.saleskpi.jira.cache;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.period.SalesCalendar;

/** The cache tests' profiles and settings. */
final class CacheProfiles {
    /** The cache on, at most 10 000 issues, a 60 s poll, two computations, 120 requests a minute. */
    static final CacheSettings SETTINGS = new CacheSettings(true, 10_000, 60, 2, 120);

    private CacheProfiles() {
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
