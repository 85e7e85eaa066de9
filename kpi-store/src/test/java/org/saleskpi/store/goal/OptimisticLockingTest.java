package org.saleskpi.store.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.Database;
import org.saleskpi.store.ForwardingSession;
import org.saleskpi.store.StoreException;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetEntity;

/**
 * Two writers with their own EntityManagers update the same row of one database at once, both
 * having read the same version: exactly one wins, the other gets a conflict, and the stored row
 * is the winner's, complete.
 */
class OptimisticLockingTest {

    private static final long HOLD_MILLIS = 400;
    /** The system property AO reads at the start of each transaction. */
    private static final String ISOLATION = "ao.transaction.isolation.level";

    /**
     * Every database under both isolation levels the store meets: AO's own transactions are
     * SERIALIZABLE (the loser is aborted), Jira's are READ COMMITTED (the loser deletes nothing).
     */
    static Stream<Arguments> databasesAndIsolation() {
        return Stream.of(Database.values()).flatMap(database -> Stream.of(
                Arguments.of(database, "TRANSACTION_SERIALIZABLE"),
                Arguments.of(database, "TRANSACTION_READ_COMMITTED")));
    }

    @AfterEach
    void aoIsolationBackToItsDefault() {
        System.clearProperty(ISOLATION);
    }

    @ParameterizedTest
    @MethodSource("databasesAndIsolation")
    void aWriterMeetingTheWinnersLockWaitsThenConflicts(Database database, String isolation)
            throws InterruptedException {
        System.setProperty(ISOLATION, isolation);
        Store first = Store.open(database);
        Store secondPlain = first.secondWriter(database);
        // Records what the loser's claim met: no row to delete, or an abort by the database.
        List<String> secondClaims = new CopyOnWriteArrayList<>();
        Store second = Store.over(secondPlain.manager(), new ForwardingSession(secondPlain.session()) {
            @Override
            public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
                try {
                    int deleted = super.deleteWithSQL(type, criteria, parameters);
                    secondClaims.add("deleted " + deleted + " rows");
                    return deleted;
                } catch (StoreException e) {
                    secondClaims.add("aborted: " + e.getMessage().lines().findFirst().orElse(""));
                    throw e;
                }
            }
        });
        Goal goal = first.goals().create(Store.goal("SALES", "Grow", LocalDate.of(2026, 6, 30), List.of()));
        Goal readByFirst = first.goals().get(goal.id()).orElseThrow();
        Goal readBySecond = second.goals().get(goal.id()).orElseThrow();
        assertThat(readBySecond.version()).isEqualTo(readByFirst.version()).isEqualTo(1);
        // The first writer claims the token and then keeps its transaction open, so the second
        // writer's claim runs into the row lock instead of simply coming later.
        CountDownLatch claimed = new CountDownLatch(1);
        AtomicLong secondWriteMillis = new AtomicLong();
        Store holding = Store.over(first.manager(),
                new HoldingSession(new EntityManagerSession(first.manager()), GoalVersionEntity.class, claimed,
                        HOLD_MILLIS));

        List<Race.Outcome<Goal>> outcomes = Race.run(
                () -> holding.goals().update(StoredGoalsTest.rename(readByFirst, "First writer's name")),
                () -> {
                    claimed.await(10, TimeUnit.SECONDS);
                    long began = System.nanoTime();
                    try {
                        return second.goals().update(StoredGoalsTest.rename(readBySecond, "Second writer's name"));
                    } finally {
                        secondWriteMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                    }
                });

        System.out.println(database + " " + isolation + " goal update: first " + describe(outcomes.get(0)) + ", second "
                + describe(outcomes.get(1)) + "; its claim, started while the first held the token, "
                + secondClaims + " after " + secondWriteMillis.get() + " ms");
        assertThat(secondClaims).hasSize(1);
        assertThat(outcomes.get(0).won()).isTrue();
        assertThat(outcomes.get(1).failure()).get().isInstanceOf(ConflictException.class);
        // Started while the winner held the token, the loser waited on its lock for most of the hold.
        assertThat(secondWriteMillis.get()).isGreaterThanOrEqualTo(HOLD_MILLIS / 2);
        Goal stored = first.goals().get(goal.id()).orElseThrow();
        assertThat(stored).isEqualTo(outcomes.get(0).result().orElseThrow());
        assertThat(stored.name()).isEqualTo("First writer's name");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(first.goalTokens(goal.id())).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databasesAndIsolation")
    void ofTwoWritersOfOneTargetStartedTogetherExactlyOneWinsEachRound(Database database, String isolation)
            throws InterruptedException {
        System.setProperty(ISOLATION, isolation);
        Store first = Store.open(database);
        Store second = first.secondWriter(database);
        Goal goal = first.goals().create(Store.goal("SALES", "Grow", LocalDate.of(2026, 6, 30),
                List.of(Store.number("Calls", "0", "100", "0"))));
        long id = goal.targets().get(0).id();
        int firstWins = 0;
        for (int round = 1; round <= 10; round++) {
            Target readByFirst = first.targets().get(id).orElseThrow();
            Target readBySecond = second.targets().get(id).orElseThrow();
            assertThat(readBySecond.version()).isEqualTo(readByFirst.version()).isEqualTo(round);
            BigDecimal a = BigDecimal.valueOf(round * 10L + 1);
            BigDecimal b = BigDecimal.valueOf(round * 10L + 2);

            List<Race.Outcome<Target>> outcomes = Race.run(
                    () -> first.history().updateValue(readByFirst.version(),
                            StoredGoalsTest.change(id, "0", a.toString())),
                    () -> second.targets().update(withValue(readBySecond, b)));

            assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
            Race.Outcome<Target> winner = outcomes.get(0).won() ? outcomes.get(0) : outcomes.get(1);
            Race.Outcome<Target> loser = outcomes.get(0).won() ? outcomes.get(1) : outcomes.get(0);
            assertThat(loser.failure()).get().isInstanceOf(ConflictException.class);
            Target stored = first.targets().get(id).orElseThrow();
            assertThat(stored).isEqualTo(winner.result().orElseThrow());
            assertThat(stored.version()).isEqualTo(round + 1);
            assertThat(stored.currentValue()).isEqualTo(outcomes.get(0).won() ? a : b);
            firstWins += outcomes.get(0).won() ? 1 : 0;
            // The history holds exactly the value changes that won.
            assertThat(first.history().history(id, PageRequest.first(20)).total()).isEqualTo(firstWins);
            assertThat(first.targetTokens(id)).isEqualTo(1);
        }
        System.out.println(database + " " + isolation + " 10 target races: the value writer won " + firstWins
                + ", the redefining writer " + (10 - firstWins));
    }

    @ParameterizedTest
    @MethodSource("databasesAndIsolation")
    void aTargetAddedWhileItsGoalIsDeletedNeverOutlivesIt(Database database, String isolation)
            throws InterruptedException {
        System.setProperty(ISOLATION, isolation);
        Store first = Store.open(database);
        Store second = first.secondWriter(database);
        int deletesWon = 0;
        for (int round = 1; round <= 10; round++) {
            Goal goal = first.goals().create(Store.goal("SALES", "Round " + round, LocalDate.of(2026, 6, 30),
                    List.of()));
            Target added = new Target(0, goal.id(), "Added late", new TargetKind.Numeric(), Optional.empty(),
                    BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, "bob", BigDecimal.ONE, 0);

            List<Race.Outcome<Object>> outcomes = Race.run(
                    () -> first.goals().delete(goal.id()),
                    () -> second.targets().create(added));

            // Whoever wins, the loser fails only with a conflict, and no target is left without its goal.
            for (Race.Outcome<Object> outcome : outcomes) {
                outcome.failure().ifPresent(failure -> assertThat(failure).isInstanceOf(ConflictException.class));
            }
            boolean goalLeft = first.goals().get(goal.id()).isPresent();
            int targetsLeft = first.session().count(TargetEntity.class, Query.select().where("GOAL_ID = ?", goal.id()));
            assertThat(goalLeft || targetsLeft == 0).as("round %d: %d targets of deleted goal %d", round,
                    targetsLeft, goal.id()).isTrue();
            deletesWon += goalLeft ? 0 : 1;
        }
        System.out.println(database + " " + isolation + " 10 delete/create races: goal deleted in " + deletesWon);
    }

    private static Target withValue(Target target, BigDecimal value) {
        return new Target(target.id(), target.goalId(), target.name() + " (refreshed)", target.kind(),
                target.unitLabel(), target.startValue(), target.targetValue(), value, target.ownerKey(),
                target.weight(), target.version());
    }

    private static String describe(Race.Outcome<?> outcome) {
        return (outcome.won() ? "won" : "lost with " + outcome.failure().orElseThrow().getMessage()) + " after "
                + outcome.millis() + " ms";
    }
}
