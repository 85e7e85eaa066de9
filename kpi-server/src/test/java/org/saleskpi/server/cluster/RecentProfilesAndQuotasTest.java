package org.saleskpi.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import net.java.ao.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.period.Period;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.StoreSchema;
import org.saleskpi.store.kpi.StoredKpiProfiles;
import org.saleskpi.store.kpi.StoredQuotas;

/**
 * Two nodes on one database, each keeping the profiles and quotas it read for a second (ADR 0043): a repeated read
 * does not reach the database, a node's own write counts on it at once, and the other node's within 2 seconds.
 */
class RecentProfilesAndQuotasTest {
    private static final Duration ELSEWHERE = Duration.ofSeconds(2);
    private static final Period Q1 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void aProfileChangedOnOneNodeShowsThereAtOnceAndOnTheOtherWithinTwoSeconds(Database database) throws Exception {
        EntityManager first = database.open();
        AoSession session = new EntityManagerSession(first);
        StoreSchema.migrate(session);
        RecentProfiles a = new RecentProfiles(new StoredKpiProfiles(session), RecentReads.DEFAULT_FRESHNESS);
        RecentProfiles b = new RecentProfiles(new StoredKpiProfiles(new EntityManagerSession(
                database.openAgain(first))), RecentReads.DEFAULT_FRESHNESS);
        KpiProfile created = a.create(new KpiProfile(0, "SALES", "Sales", Pipeline.model(), 0));
        assertThat(b.get(created.id())).contains(created);
        long reads = b.databaseReads();
        assertThat(b.get(created.id())).contains(created);
        assertThat(b.databaseReads()).isEqualTo(reads);
        assertThat(a.get(created.id())).contains(created);

        KpiProfile renamed = a.update(new KpiProfile(created.id(), "SALES", "Sales team", Pipeline.model(),
                created.version()));

        assertThat(a.get(created.id())).contains(renamed);
        assertThat(Eventually.within(() -> b.get(created.id()).equals(Optional.of(renamed)))).isLessThan(ELSEWHERE);
        a.delete(created.id());
        assertThat(a.get(created.id())).isEmpty();
        assertThat(Eventually.within(() -> b.get(created.id()).isEmpty())).isLessThan(ELSEWHERE);
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void aQuotaSetOnOneNodeCountsThereAtOnceAndOnTheOtherWithinTwoSeconds(Database database) throws Exception {
        EntityManager first = database.open();
        AoSession session = new EntityManagerSession(first);
        StoreSchema.migrate(session);
        RecentQuotas a = new RecentQuotas(new StoredQuotas(session), RecentReads.DEFAULT_FRESHNESS);
        RecentQuotas b = new RecentQuotas(new StoredQuotas(new EntityManagerSession(database.openAgain(first))),
                RecentReads.DEFAULT_FRESHNESS);
        assertThat(a.overlapping("SALES", Q1)).isEmpty();
        assertThat(b.overlapping("SALES", Q1)).isEmpty();
        long reads = b.databaseReads();
        assertThat(b.overlapping("SALES", Q1)).isEmpty();
        assertThat(b.databaseReads()).isEqualTo(reads);

        Quota quota = a.create(new Quota(0, "SALES", "ann", Q1, new BigDecimal("9000")));

        assertThat(a.overlapping("SALES", Q1)).containsExactly(quota);
        assertThat(Eventually.within(() -> b.overlapping("SALES", Q1).size() == 1)).isLessThan(ELSEWHERE);
        a.delete(quota.id());
        assertThat(a.overlapping("SALES", Q1)).isEmpty();
        assertThat(Eventually.within(() -> b.overlapping("SALES", Q1).isEmpty())).isLessThan(ELSEWHERE);
    }
}
