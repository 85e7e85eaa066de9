package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ProgressPropertiesTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Property
    void linearProgressStaysWithinZeroAndOne(@ForAll double start, @ForAll double target, @ForAll double current) {
        Progress progress = Progress.linear(BigDecimal.valueOf(start), BigDecimal.valueOf(target),
                BigDecimal.valueOf(current));
        assertThat(progress.fraction()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property
    void targetProgressStaysWithinZeroAndOne(@ForAll("targets") Target target) {
        assertThat(target.progress().fraction()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property
    void decreasingTargetMirrorsIncreasingOne(@ForAll double start, @ForAll double target, @ForAll double current) {
        Assume.that(start != target);
        BigDecimal s = BigDecimal.valueOf(start);
        BigDecimal t = BigDecimal.valueOf(target);
        BigDecimal c = BigDecimal.valueOf(current);
        assertThat(Progress.linear(s.negate(), t.negate(), c.negate())).isEqualTo(Progress.linear(s, t, c));
    }

    @Property
    void goalProgressLiesBetweenItsTargetsLeastAndMostProgress(
            @ForAll("targetLists") List<Target> targets) {
        Goal goal = Fixtures.goal(START, START.plusDays(89), targets.toArray(Target[]::new));
        List<BigDecimal> each = targets.stream().map(target -> target.progress().fraction()).toList();

        BigDecimal mean = goal.progress().orElseThrow().fraction();

        assertThat(mean).isBetween(each.stream().min(Comparator.naturalOrder()).orElseThrow(),
                each.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    @Property
    void elapsedShareGrowsDayByDayFromZeroToOne(@ForAll @IntRange(min = 0, max = 400) int length,
            @ForAll @IntRange(min = -30, max = 450) int day) {
        Goal goal = Fixtures.goal(START, START.plusDays(length));
        BigDecimal today = goal.elapsedShare(START.plusDays(day));
        BigDecimal tomorrow = goal.elapsedShare(START.plusDays(day + 1));
        assertThat(today).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(tomorrow).isGreaterThanOrEqualTo(today);
    }

    @Provide
    Arbitrary<Target> targets() {
        Arbitrary<Double> values = Arbitraries.doubles();
        Arbitrary<Double> weights = Arbitraries.doubles().between(0.001, 1000).ofScale(3);
        return Combinators.combine(values, values, values, weights).as(Fixtures::weighted);
    }

    @Provide
    Arbitrary<List<Target>> targetLists() {
        return targets().list().ofMinSize(1).ofMaxSize(12);
    }
}
