package org.saleskpi.store.goal;

import org.saleskpi.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.GoalFolder;
import org.saleskpi.core.goal.GoalQuery;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.store.entity.GoalEntity;
import org.saleskpi.store.entity.GoalVersionEntity;
import org.saleskpi.store.entity.TargetEntity;
import org.saleskpi.store.entity.TargetVersionEntity;

/** Goals on each real database: every field back as written, versions, paging, archive and delete. */
class StoredGoalsTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyFieldOfAGoalAndItsTargetsComesBackAsWritten(Database database) {
        Store store = Store.open(database);
        GoalFolder folder = store.folders().create(GoalFolder.create("SALES", "Q2 — Europe", null));
        String description = "Beschreibung mit Umlauten äöü, 日本語 und 🚀. ".repeat(250).substring(0, 10_000);
        String jql = "project = SALES AND issuetype = Deal AND status in (Won, Lost) AND labels in (emea, dach) "
                + "AND \"Deal owner\" in membersOf(\"sales-emea\") ORDER BY created DESC ".repeat(3);
        List<Target> targets = List.of(
                new Target(0, 0, "Calls ☎", new TargetKind.Numeric(), Optional.of("calls"), new BigDecimal("0.1"),
                        new BigDecimal("1234567.891"), new BigDecimal("0.30"), "bob", new BigDecimal("2.5"), 0),
                new Target(0, 0, "Revenue €", new TargetKind.Amount(Currency.getInstance("EUR")), Optional.empty(),
                        new BigDecimal("0"), new BigDecimal("250000.00"), new BigDecimal("1234.56"), "carol",
                        BigDecimal.ONE, 0),
                new Target(0, 0, "売上 ¥", new TargetKind.Amount(Currency.getInstance("JPY")), Optional.empty(),
                        new BigDecimal("100"), new BigDecimal("30000000"), new BigDecimal("100"), "dave",
                        new BigDecimal("0.5"), 0),
                new Target(0, 0, "Contract signed", new TargetKind.TrueFalse(), Optional.empty(), BigDecimal.ZERO,
                        BigDecimal.ONE, BigDecimal.ONE, "bob", BigDecimal.ONE, 0),
                new Target(0, 0, "Deals closed", new TargetKind.Issues(jql), Optional.empty(), BigDecimal.ZERO,
                        new BigDecimal("40"), new BigDecimal("12"), "bob", BigDecimal.ONE, 0),
                new Target(0, 0, "Win rate", new TargetKind.Kpi("win-rate", 42), Optional.of("%"),
                        new BigDecimal("0.25"), new BigDecimal("0.4"), new BigDecimal("0.3125"), "erin",
                        new BigDecimal("3"), 0));
        Goal goal = new Goal(0, "SALES", Optional.of(folder.id()), "alice", "Grow 営業 in Ünïcødé land 🚀",
                description, LocalDate.of(2026, 4, 1), DUE, "#00aa5b", false, Store.CREATED,
                Instant.parse("2026-02-01T10:00:00.999Z"), 0, targets);
        assertThat(jql).hasSizeGreaterThan(255);

        Goal created = store.goals().create(goal);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isEqualTo(1);
        List<Target> expectedTargets = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target stored = created.targets().get(i);
            assertThat(stored.id()).isPositive();
            expectedTargets.add(identified(targets.get(i), stored.id(), created.id(), 1));
        }
        Goal expected = new Goal(created.id(), "SALES", Optional.of(folder.id()), "alice",
                "Grow 営業 in Ünïcødé land 🚀", description, LocalDate.of(2026, 4, 1), DUE, "#00AA5B", false,
                Store.CREATED, Instant.parse("2026-02-01T10:00:00.999Z"), 1, expectedTargets);
        assertThat(created).isEqualTo(expected);
        assertThat(store.goals().get(created.id())).contains(expected);
        Goal read = store.goals().get(created.id()).orElseThrow();
        assertThat(read.description()).hasSize(10_000).isEqualTo(description);
        // BigDecimal.equals compares scale too: 0.30 must not come back as 0.3, nor 0.1 as 0.1000000001.
        assertThat(read.targets().get(0).startValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(read.targets().get(0).targetValue()).isEqualTo(new BigDecimal("1234567.891"));
        assertThat(read.targets().get(0).currentValue()).isEqualTo(new BigDecimal("0.30"));
        assertThat(read.targets().get(4).kind()).isEqualTo(new TargetKind.Issues(jql));
        assertThat(read.targets().get(5).kind()).isEqualTo(new TargetKind.Kpi("win-rate", 42));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anUpdateCarryingAStaleVersionConflictsAndChangesNothing(Database database) {
        Store store = Store.open(database);
        Goal created = store.goals().create(Store.goal("SALES", "Grow", DUE, List.of()));
        Goal renamed = store.goals().update(rename(created, "Grow more"));
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(renamed.name()).isEqualTo("Grow more");

        assertThatThrownBy(() -> store.goals().update(rename(created, "Stale edit")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("goal " + created.id() + " changed since version 1 was read");
        assertThatThrownBy(() -> store.goals().setArchived(created.id(), 1, true, Store.CREATED))
                .isInstanceOf(ConflictException.class);

        assertThat(store.goals().get(created.id())).contains(renamed);
        assertThat(store.goalTokens(created.id())).isEqualTo(1);
        assertThatThrownBy(() -> store.goals().update(rename(withId(created, 999_999), "Nobody")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("goal 999999 no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aGoalWhoseSecondTargetFailsToStoreLeavesNothing(Database database) {
        Store store = Store.open(database);
        Store failing = Store.over(store.manager(), new FailingSession(store.session(), TargetEntity.class, 2));
        Goal goal = Store.goal("SALES", "Grow", DUE, List.of(Store.number("A", "0", "10", "1"),
                Store.number("B", "0", "10", "2"), Store.number("C", "0", "10", "3")));

        assertThatThrownBy(() -> failing.goals().create(goal))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database went away half-way");

        assertThat(store.session().count(GoalEntity.class, Query.select())).isZero();
        assertThat(store.session().count(TargetEntity.class, Query.select())).isZero();
        assertThat(store.session().count(GoalVersionEntity.class, Query.select())).isZero();
        assertThat(store.session().count(TargetVersionEntity.class, Query.select())).isZero();
        assertThat(store.goals().create(goal).targets()).hasSize(3);
        assertThat(store.session().count(GoalVersionEntity.class, Query.select())).isEqualTo(1);
        assertThat(store.session().count(TargetVersionEntity.class, Query.select())).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pagesWithLimitAndOffsetInDueDateNameIdOrderAndFiltersInSql(Database database) {
        Store store = Store.open(database);
        GoalFolder won = store.folders().create(GoalFolder.create("SALES", "Won", null));
        List<Goal> sales = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // Due dates repeat and names collide so that name and then id must break ties.
            Goal goal = Store.goal("SALES", "Goal " + (char) ('A' + (i * 7) % 5), DUE.plusDays((i * 11) % 6),
                    List.of(Store.number("T" + i, "0", "10", "1")));
            goal = new Goal(0, goal.projectKey(), i % 4 == 0 ? Optional.of(won.id()) : Optional.empty(),
                    i % 3 == 0 ? "carol" : "alice", goal.name(), "", goal.startDate(), goal.dueDate(), goal.colour(),
                    false, goal.created(), goal.updated(), 0, goal.targets());
            sales.add(store.goals().create(goal));
        }
        for (int i = 0; i < 3; i++) {
            store.goals().create(Store.goal("OTHER", "Elsewhere " + i, DUE, List.of()));
        }
        List<Goal> archived = new ArrayList<>();
        for (int i : new int[] {1, 6, 11}) {
            Goal goal = sales.get(i);
            archived.add(store.goals().setArchived(goal.id(), goal.version(), true, Store.CREATED));
        }
        List<Goal> active = new ArrayList<>(sales);
        active.removeIf(goal -> archived.stream().anyMatch(a -> a.id() == goal.id()));
        Comparator<Goal> listOrder = Comparator.comparing(Goal::dueDate).thenComparing(Goal::name)
                .thenComparingLong(Goal::id);
        active.sort(listOrder);
        archived.sort(listOrder);

        GoalQuery all = GoalQuery.activeIn("SALES");
        Page<Goal> second = store.goals().find(all, new PageRequest(10, 10));
        assertThat(second.total()).isEqualTo(22);
        assertThat(second.items()).isEqualTo(active.subList(10, 20));
        assertThat(second.items().get(0).targets()).hasSize(1);
        assertThat(store.goals().find(all, new PageRequest(20, 10)).items()).isEqualTo(active.subList(20, 22));
        assertThat(store.goals().find(all, new PageRequest(30, 10))).isEqualTo(new Page<Goal>(List.of(), 22));

        Page<Goal> inFolder = store.goals().find(
                new GoalQuery("SALES", Optional.of(won.id()), Optional.empty(), false), PageRequest.first(50));
        assertThat(inFolder.items()).isEqualTo(active.stream().filter(g -> g.folderId().isPresent()).toList());
        Page<Goal> carols = store.goals().find(
                new GoalQuery("SALES", Optional.empty(), Optional.of("carol"), false), PageRequest.first(3));
        List<Goal> carolsGoals = active.stream().filter(g -> g.ownerKey().equals("carol")).toList();
        assertThat(carols.items()).isEqualTo(carolsGoals.subList(0, 3));
        assertThat(carols.total()).isEqualTo(carolsGoals.size());
        assertThat(store.goals().find(new GoalQuery("SALES", Optional.empty(), Optional.empty(), true),
                PageRequest.first(50))).isEqualTo(new Page<>(archived, 3));
        assertThat(store.goals().find(GoalQuery.activeIn("OTHER"), PageRequest.first(50)).total()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void archivingKeepsTargetsAndHistoryAndRaisesTheVersion(Database database) {
        Store store = Store.open(database);
        Goal goal = store.goals().create(Store.goal("SALES", "Grow", DUE, List.of(Store.number("A", "0", "10", "1"))));
        Target target = goal.targets().get(0);
        store.history().updateValue(1, change(target.id(), "1", "4"));
        Instant at = Instant.parse("2026-03-01T12:00:00Z");

        Goal archivedGoal = store.goals().setArchived(goal.id(), 1, true, at);

        assertThat(archivedGoal.archived()).isTrue();
        assertThat(archivedGoal.updated()).isEqualTo(at);
        assertThat(archivedGoal.version()).isEqualTo(2);
        assertThat(archivedGoal.targets()).extracting(Target::currentValue).containsExactly(new BigDecimal("4"));
        assertThat(store.history().history(target.id(), PageRequest.first(10)).total()).isEqualTo(1);
        Goal restored = store.goals().setArchived(goal.id(), 2, false, at.plusSeconds(60));
        assertThat(restored.archived()).isFalse();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(store.goals().get(goal.id())).contains(restored);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void deletingAGoalDeletesItsTargetsHistoryAndTokensOnly(Database database) {
        Store store = Store.open(database);
        Goal doomed = store.goals().create(Store.goal("SALES", "Doomed", DUE,
                List.of(Store.number("A", "0", "10", "1"), Store.number("B", "0", "10", "2"))));
        Goal kept = store.goals().create(Store.goal("SALES", "Kept", DUE, List.of(Store.number("C", "0", "10", "1"))));
        Target doomedTarget = doomed.targets().get(0);
        Target keptTarget = kept.targets().get(0);
        store.history().updateValue(1, change(doomedTarget.id(), "1", "5"));
        store.history().updateValue(1, change(keptTarget.id(), "1", "6"));

        assertThat(store.goals().delete(doomed.id())).isTrue();

        assertThat(store.goals().get(doomed.id())).isEmpty();
        assertThat(store.targets().ofGoal(doomed.id())).isEmpty();
        assertThat(store.history().history(doomedTarget.id(), PageRequest.first(10)).total()).isZero();
        assertThat(store.goalTokens(doomed.id())).isZero();
        assertThat(store.targetTokens(doomedTarget.id())).isZero();
        assertThat(store.targetTokens(doomed.targets().get(1).id())).isZero();
        assertThat(store.goals().get(kept.id()).orElseThrow().targets()).extracting(Target::currentValue)
                .containsExactly(new BigDecimal("6"));
        assertThat(store.history().history(keptTarget.id(), PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(store.goalTokens(kept.id())).isEqualTo(1);
        assertThat(store.goals().delete(doomed.id())).isFalse();
    }

    static ValueChange change(long targetId, String from, String to) {
        return new ValueChange(targetId, "bob", Store.CREATED, new BigDecimal(from), new BigDecimal(to),
                Optional.of("weekly check-in"));
    }

    static Goal rename(Goal goal, String name) {
        return new Goal(goal.id(), goal.projectKey(), goal.folderId(), goal.ownerKey(), name, goal.description() + "!",
                goal.startDate(), goal.dueDate(), goal.colour(), goal.archived(), goal.created(),
                goal.updated().plusSeconds(1), goal.version(), goal.targets());
    }

    private static Goal withId(Goal goal, long id) {
        return new Goal(id, goal.projectKey(), goal.folderId(), goal.ownerKey(), goal.name(), goal.description(),
                goal.startDate(), goal.dueDate(), goal.colour(), goal.archived(), goal.created(), goal.updated(),
                goal.version(), List.of());
    }

    static Target identified(Target target, long id, long goalId, long version) {
        return new Target(id, goalId, target.name(), target.kind(), target.unitLabel(), target.startValue(),
                target.targetValue(), target.currentValue(), target.ownerKey(), target.weight(), version);
    }
}
