package org.saleskpi.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.RacingSession;
import org.saleskpi.store.RacingSession.Event;
import org.saleskpi.store.Database;

/**
 * Two server nodes (two EntityManagers, one database) update the same profile at the same moment,
 * under AO's own SERIALIZABLE transactions and under READ COMMITTED, which a host's pool may use.
 */
class ConcurrentProfileUpdateTest {
    /** Read by AO's DatabaseProvider at the start of every transaction. */
    private static final String ISOLATION = "ao.transaction.isolation.level";

    static Stream<Arguments> databasesAndIsolations() {
        return Stream.of(Database.H2_FILE, Database.POSTGRES).flatMap(database -> Stream.of(
                Arguments.of(database, "TRANSACTION_SERIALIZABLE"),
                Arguments.of(database, "TRANSACTION_READ_COMMITTED")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("databasesAndIsolations")
    void ofTwoConcurrentUpdatesExactlyOneWinsAndTheOtherIsAConflict(Database database, String isolation)
            throws Exception {
        String before = System.getProperty(ISOLATION);
        System.setProperty(ISOLATION, isolation);
        try {
            race(database, isolation);
        } finally {
            if (before == null) {
                System.clearProperty(ISOLATION);
            } else {
                System.setProperty(ISOLATION, before);
            }
        }
    }

    private static void race(Database database, String isolation) throws Exception {
        EntityManager nodeA = database.open();
        EntityManager nodeB = database.openAgain(nodeA);
        AoSession plain = new EntityManagerSession(nodeA);
        plain.migrate(KpiProfileEntity.class, ProfileVersionEntity.class, PipelineStageEntity.class,
                ForecastOptionEntity.class);
        KpiProfile read = new StoredKpiProfiles(plain).create(Profiles.unsaved("SALES", "Pipeline", Profiles.bare()));

        CyclicBarrier bothClaiming = new CyclicBarrier(2);
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        StoredKpiProfiles a = new StoredKpiProfiles(new RacingSession(plain, "A", bothClaiming, events));
        StoredKpiProfiles b = new StoredKpiProfiles(
                new RacingSession(new EntityManagerSession(nodeB), "B", bothClaiming, events));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        Future<KpiProfile> byA = writers.submit(() -> a.update(
                new KpiProfile(read.id(), "SALES", "Written by A", Profiles.everySetting(), read.version())));
        Future<KpiProfile> byB = writers.submit(() -> b.update(
                new KpiProfile(read.id(), "SALES", "Written by B", Profiles.bare(), read.version())));
        List<Object> outcomes = List.of(outcome(byA), outcome(byB));
        writers.shutdown();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<KpiProfile> won = outcomes.stream().filter(KpiProfile.class::isInstance).map(KpiProfile.class::cast).toList();
        List<ConflictException> lost = outcomes.stream().filter(ConflictException.class::isInstance)
                .map(ConflictException.class::cast).toList();
        String summary = outcomes.stream().map(o -> o instanceof KpiProfile p ? "stored " + p.name() : o.toString())
                .toList().toString();
        assertThat(won).as(summary).hasSize(1);
        assertThat(lost).as(summary).hasSize(1);
        assertThat(lost.get(0)).hasMessage("KPI profile " + read.id() + " changed since version 1 was read");

        // Nothing of the loser's write remains: the profile is the winner's, with one token, version 2.
        KpiProfile winner = won.get(0);
        String winnerName = winner.name().endsWith("A") ? "A" : "B";
        String loserName = winnerName.equals("A") ? "B" : "A";
        assertThat(new StoredKpiProfiles(plain).get(read.id())).contains(winner);
        assertThat(winner.model()).isEqualTo(winnerName.equals("A") ? Profiles.everySetting() : Profiles.bare());
        assertThat(plain.count(ProfileVersionEntity.class, Query.select())).isEqualTo(1);
        assertThat(plain.find(ProfileVersionEntity.class, Query.select())[0].getRowVersion()).isEqualTo(2);

        // The loser's claim started while the winner's was uncommitted, and ended only after it committed.
        long loserStart = only(events, loserName, "claiming");
        long winnerCommit = only(events, winnerName, "committing");
        long loserEnd = only(events, loserName, "found it taken");
        assertThat(loserStart).isLessThan(winnerCommit);
        assertThat(loserEnd).isGreaterThan(winnerCommit);
        System.out.printf("CONCURRENCY %s %s: %s won; %s's claim began %d ms before %s committed, returned %d ms later"
                + " (%s)%n", database, isolation, winnerName, loserName, (winnerCommit - loserStart) / 1_000_000, winnerName,
                (loserEnd - loserStart) / 1_000_000, RacingSession.howLost(events, loserName));
    }

    private static Object outcome(Future<KpiProfile> update) throws InterruptedException {
        try {
            return update.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("an update hung", e);
        }
    }

    private static long only(List<Event> events, String writer, String what) {
        List<Event> found = RacingSession.eventsOf(events, writer, what);
        assertThat(found).as("%s %s in %s", writer, what, events).hasSize(1);
        return found.get(0).at();
    }
}
