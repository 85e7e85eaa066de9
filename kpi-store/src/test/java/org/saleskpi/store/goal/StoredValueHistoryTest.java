package org.saleskpi.store.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.goal.ConflictException;
import org.saleskpi.core.goal.Goal;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.goal.Target;
import org.saleskpi.core.goal.ValueChange;
import org.saleskpi.store.Database;
import org.saleskpi.store.entity.ValueChangeEntity;

/** A target's value and its history, written together, on each real database. */
class StoredValueHistoryTest {

    private static final Instant MONDAY = Instant.parse("2026-04-06T08:00:00Z");

    @ParameterizedTest
    @EnumSource(Database.class)
    void aNewValueIsStoredWithItsChangeAndReadNewestFirst(Database database) {
        Store store = Store.open(database);
        Target target = target(store);

        Target afterFirst = store.history().updateValue(1, new ValueChange(target.id(), "bob", MONDAY,
                new BigDecimal("0"), new BigDecimal("0.1"), Optional.of("first calls — 電話")));
        Target afterSecond = store.history().updateValue(2, new ValueChange(target.id(), "carol",
                MONDAY.plusSeconds(86_400), new BigDecimal("0.1"), new BigDecimal("1234567.891"), Optional.empty()));
        // Same millisecond as the second: the later insert still reads as the newer.
        store.history().updateValue(3, new ValueChange(target.id(), "bob", MONDAY.plusSeconds(86_400),
                new BigDecimal("1234567.891"), new BigDecimal("7"), Optional.of("typo")));

        assertThat(afterFirst.currentValue()).isEqualTo(new BigDecimal("0.1"));
        assertThat(afterFirst.version()).isEqualTo(2);
        assertThat(afterSecond.currentValue()).isEqualTo(new BigDecimal("1234567.891"));
        assertThat(store.targets().get(target.id())).get().extracting(Target::currentValue, Target::version)
                .containsExactly(new BigDecimal("7"), 4L);
        Page<ValueChange> newest = store.history().history(target.id(), PageRequest.first(2));
        assertThat(newest.total()).isEqualTo(3);
        assertThat(newest.items()).extracting(ValueChange::newValue)
                .containsExactly(new BigDecimal("7"), new BigDecimal("1234567.891"));
        assertThat(store.history().history(target.id(), new PageRequest(2, 2)).items()).containsExactly(
                new ValueChange(target.id(), "bob", MONDAY, new BigDecimal("0"), new BigDecimal("0.1"),
                        Optional.of("first calls — 電話")));
        assertThat(store.history().history(999_999, PageRequest.first(2))).isEqualTo(new Page<>(List.of(), 0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aStaleOrVanishedTargetConflictsAndNothingIsWritten(Database database) {
        Store store = Store.open(database);
        Target target = target(store);
        store.history().updateValue(1, StoredGoalsTest.change(target.id(), "0", "3"));

        assertThatThrownBy(() -> store.history().updateValue(1, StoredGoalsTest.change(target.id(), "0", "9")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("target " + target.id() + " changed since version 1 was read");
        assertThatThrownBy(() -> store.history().updateValue(1, StoredGoalsTest.change(999_999, "0", "9")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("target 999999 no longer exists");
        assertThat(store.targets().get(target.id()).orElseThrow().currentValue()).isEqualTo(new BigDecimal("3"));
        assertThat(store.history().history(target.id(), PageRequest.first(10)).total()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void whenTheChangeCannotBeStoredTheValueAndVersionStayToo(Database database) {
        Store store = Store.open(database);
        Target target = target(store);
        Store failing = Store.over(store.manager(), new FailingSession(store.session(), ValueChangeEntity.class, 1));

        assertThatThrownBy(() -> failing.history().updateValue(1, StoredGoalsTest.change(target.id(), "0", "5")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(store.targets().get(target.id())).contains(target);
        assertThat(store.history().history(target.id(), PageRequest.first(10)).total()).isZero();
        assertThat(store.targetTokens(target.id())).isEqualTo(1);
        // Version 1 is still claimable: the failed write's claim was rolled back with it.
        assertThat(store.history().updateValue(1, StoredGoalsTest.change(target.id(), "0", "5")).version())
                .isEqualTo(2);
    }

    /**
     * H2 in memory on every build; the others with {@code -Dsaleskpi.store.allDatabases=true}, since
     * 10 000 committed transactions take about a minute on PostgreSQL and two on an H2 file.
     */
    static Stream<Database> historyDatabases() {
        return Boolean.getBoolean("saleskpi.store.allDatabases") ? Stream.of(Database.values())
                : Stream.of(Database.H2_MEMORY);
    }

    /**
     * 10 000 changes through the port, one transaction each, then the newest 20: the index on
     * TARGET_ID and the ORDER BY with LIMIT make the read a tiny fraction of the writes.
     */
    @ParameterizedTest
    @MethodSource("historyDatabases")
    void aHistoryPageOf10000ChangesReadsInUnderOnePercentOfTheirWriteTime(Database database) {
        Store store = Store.open(database);
        Target target = target(store);
        Target other = store.targets().create(
                StoredGoalsTest.identified(Store.number("Demos", "0", "10", "0"), 0, target.goalId(), 0));
        store.history().updateValue(1, StoredGoalsTest.change(other.id(), "0", "1"));
        int changes = 10_000;

        long writeStart = System.nanoTime();
        for (int i = 0; i < changes; i++) {
            store.history().updateValue(i + 1, new ValueChange(target.id(), "bob", MONDAY.plusSeconds(i),
                    BigDecimal.valueOf(i), BigDecimal.valueOf(i + 1), Optional.empty()));
        }
        long writeNanos = System.nanoTime() - writeStart;
        // Another target's page first, so the figure is the indexed read, not loading AO's query classes.
        assertThat(store.history().history(other.id(), PageRequest.first(20)).total()).isEqualTo(1);
        // The best of five reads: one read on a loaded machine can meet a pause the writes average out.
        Page<ValueChange> newest = null;
        long readNanos = Long.MAX_VALUE;
        for (int read = 0; read < 5; read++) {
            long readStart = System.nanoTime();
            newest = store.history().history(target.id(), PageRequest.first(20));
            readNanos = Math.min(readNanos, System.nanoTime() - readStart);
        }

        System.out.printf("%s: %d value changes written in %.1f ms, newest 20 read in %.2f ms at best of 5 (%.4f %%)%n",
                database, changes, writeNanos / 1e6, readNanos / 1e6, 100.0 * readNanos / writeNanos);
        assertThat(newest.total()).isEqualTo(changes);
        assertThat(newest.items()).hasSize(20);
        assertThat(newest.items().get(0).newValue()).isEqualTo(BigDecimal.valueOf(changes));
        assertThat(newest.items().get(19).newValue()).isEqualTo(BigDecimal.valueOf(changes - 19));
        assertThat(readNanos).isLessThan(writeNanos / 100);
    }

    private static Target target(Store store) {
        Goal goal = store.goals().create(Store.goal("SALES", "Grow", LocalDate.of(2026, 6, 30),
                List.of(Store.number("Calls", "0", "100", "0"))));
        return goal.targets().get(0);
    }
}
