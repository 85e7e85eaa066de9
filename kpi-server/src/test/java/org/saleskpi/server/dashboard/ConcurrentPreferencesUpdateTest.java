package org.saleskpi.server.dashboard;

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
import java.util.concurrent.TimeoutException;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.dashboard.Dashboard;
import org.saleskpi.core.dashboard.GadgetInstance;
import org.saleskpi.core.dashboard.Layout;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.RacingSession;
import org.saleskpi.store.RacingSession.Event;
import org.saleskpi.store.Database;

/** The same gadget's preferences saved at the same moment from two server nodes. */
class ConcurrentPreferencesUpdateTest {

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_FILE", "POSTGRES"})
    void ofTwoConcurrentSavesExactlyOneIsStored(Database database) throws Exception {
        EntityManager nodeA = database.open();
        EntityManager nodeB = database.openAgain(nodeA);
        AoSession plain = StoredDashboardsTest.migrated(new EntityManagerSession(nodeA));
        StoredDashboards setup = new StoredDashboards(plain);
        long board = setup.create(Dashboard.create("alice", "Sales", Layout.ONE_COLUMN)).id();
        GadgetInstance read = setup.addGadget(board, "bar", 0, 0, "{\"by\":\"nobody\"}");

        CyclicBarrier bothClaiming = new CyclicBarrier(2);
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        StoredDashboards a = new StoredDashboards(new RacingSession(plain, "A", bothClaiming, events));
        StoredDashboards b = new StoredDashboards(
                new RacingSession(new EntityManagerSession(nodeB), "B", bothClaiming, events));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        String bigA = "{\"by\":\"A\",\"pad\":\"" + "a".repeat(10_000) + "\"}";
        Future<GadgetInstance> byA = writers.submit(() -> a.updatePreferences(
                new GadgetInstance(read.id(), board, "bar", 0, 0, bigA, read.version())));
        Future<GadgetInstance> byB = writers.submit(() -> b.updatePreferences(
                new GadgetInstance(read.id(), board, "bar", 0, 0, "{\"by\":\"B\"}", read.version())));
        List<Object> outcomes = List.of(outcome(byA), outcome(byB));
        writers.shutdown();
        assertThat(writers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        List<GadgetInstance> stored = outcomes.stream().filter(GadgetInstance.class::isInstance)
                .map(GadgetInstance.class::cast).toList();
        List<Object> refused = outcomes.stream().filter(ConflictException.class::isInstance).toList();
        String summary = outcomes.stream().map(o -> o instanceof GadgetInstance g
                ? "stored " + g.preferencesJson().substring(0, 10) : o.toString()).toList().toString();
        assertThat(stored).as(summary).hasSize(1);
        assertThat(refused).as(summary).hasSize(1);
        assertThat(((ConflictException) refused.get(0)))
                .hasMessage("Gadget " + read.id() + " changed since version 1 was read");

        GadgetInstance winner = stored.get(0);
        assertThat(setup.gadgets(board)).containsExactly(winner);
        assertThat(winner.version()).isEqualTo(2);
        assertThat(plain.count(GadgetVersionEntity.class, Query.select())).isEqualTo(1);
        String winnerName = winner.preferencesJson().startsWith("{\"by\":\"A\"") ? "A" : "B";
        String loserName = winnerName.equals("A") ? "B" : "A";
        assertThat(winner.preferencesJson()).isEqualTo(winnerName.equals("A") ? bigA : "{\"by\":\"B\"}");

        long loserStart = only(events, loserName, "claiming");
        long winnerCommit = only(events, winnerName, "committing");
        long loserEnd = only(events, loserName, "found it taken");
        assertThat(loserStart).isLessThan(winnerCommit);
        assertThat(loserEnd).isGreaterThan(winnerCommit);
        System.out.printf("CONCURRENCY gadget %s: %s won; %s's claim began %d ms before %s committed, returned %d ms"
                + " later (%s)%n", database, winnerName, loserName, (winnerCommit - loserStart) / 1_000_000,
                winnerName, (loserEnd - loserStart) / 1_000_000, RacingSession.howLost(events, loserName));
    }

    private static Object outcome(Future<GadgetInstance> save) throws InterruptedException {
        try {
            return save.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("a save hung", e);
        }
    }

    private static long only(List<Event> events, String writer, String what) {
        List<Event> found = RacingSession.eventsOf(events, writer, what);
        assertThat(found).as("%s %s", writer, what).hasSize(1);
        return found.get(0).at();
    }
}
