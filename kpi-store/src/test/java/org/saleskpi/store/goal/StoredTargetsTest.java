package org.saleskpi.store.goal;

import org.saleskpi.store.Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.TargetKind;

/** Targets on each real database: created under a goal, redefined with their version, deleted with their history. */
class StoredTargetsTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void targetsAreAddedInOrderRedefinedWithTheirVersionAndDeletedWithTheirHistory(Database database) {
        Store store = Store.open(database);
        Goal goal = store.goals().create(Store.goal("SALES", "Grow", LocalDate.of(2026, 6, 30),
                List.of(Store.number("Calls", "0", "100", "0"))));
        Target calls = goal.targets().get(0);
        String jql = "project = SALES AND resolution is EMPTY AND labels = \"renewal\" ".repeat(8);
        Target deals = store.targets().create(new Target(0, goal.id(), "Renewals", new TargetKind.Issues(jql),
                Optional.empty(), BigDecimal.ZERO, new BigDecimal("30"), new BigDecimal("4"), "bob", BigDecimal.ONE,
                0));
        assertThat(deals.version()).isEqualTo(1);
        assertThat(store.targets().ofGoal(goal.id())).containsExactly(calls, deals);

        Target counted = store.targets().update(deals.withIssueCounts(9, 31));
        assertThat(counted.version()).isEqualTo(2);
        assertThat(store.targets().get(deals.id())).contains(counted);
        assertThat(counted.currentValue()).isEqualTo(new BigDecimal("9"));
        assertThatThrownBy(() -> store.targets().update(deals.withIssueCounts(10, 31)))
                .isInstanceOf(ConflictException.class);

        store.history().updateValue(1, StoredGoalsTest.change(calls.id(), "0", "12"));
        assertThat(store.targets().delete(calls.id())).isTrue();
        assertThat(store.targets().get(calls.id())).isEmpty();
        assertThat(store.history().history(calls.id(), PageRequest.first(5)).total()).isZero();
        assertThat(store.targetTokens(calls.id())).isZero();
        assertThat(store.targets().ofGoal(goal.id())).containsExactly(counted);
        assertThat(store.targets().delete(calls.id())).isFalse();
        assertThatThrownBy(() -> store.targets().update(calls)).isInstanceOf(ConflictException.class)
                .hasMessage("target " + calls.id() + " no longer exists");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aTargetOfAGoneGoalConflicts(Database database) {
        Store store = Store.open(database);
        assertThatThrownBy(() -> store.targets().create(StoredGoalsTest.identified(
                Store.number("Calls", "0", "1", "0"), 0, 424_242, 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("goal 424242 no longer exists");
        assertThat(store.targets().ofGoal(424_242)).isEmpty();
    }
}
