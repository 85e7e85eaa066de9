package org.saleskpi.core.goal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of progress and pace on random values (ADR 3: seeded JUnit cases). Each seed draws
 * its own cases, so a failure names the seed that reproduces it.
 */
class ProgressPropertiesTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int CASES_PER_SEED = 50;
    private static final double[] EDGES = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, -Double.MIN_VALUE,
        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 0.1, 1e-300, 1e300};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    /** A finite double: often small or plain decimal, sometimes an edge value or any bit pattern. */
    private static double anyFinite(SplittableRandom random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(-1000, 1001);
            case 1:
                return random.nextDouble(-1e6, 1e6);
            case 2:
                return EDGES[random.nextInt(EDGES.length)];
            default:
                double any;
                do {
                    any = Double.longBitsToDouble(random.nextLong());
                } while (!Double.isFinite(any));
                return any;
        }
    }

    /** Start, target and current, where target equals start in one case out of eight. */
    private static double[] values(SplittableRandom random) {
        double start = anyFinite(random);
        double target = random.nextInt(8) == 0 ? start : anyFinite(random);
        return new double[] {start, target, anyFinite(random)};
    }

    private static Target target(SplittableRandom random) {
        double[] v = values(random);
        double weight = random.nextInt(1, 1_000_001) / 1000.0; // 0.001 to 1000
        return Fixtures.weighted(v[0], v[1], v[2], weight);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void targetProgressStaysWithinZeroAndOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            Target target = target(random);
            assertThat(target.progress().fraction()).as("seed %d: %s", seed, target)
                    .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decreasingTargetMirrorsIncreasingOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < CASES_PER_SEED; i++) {
            double[] v = values(random);
            if (v[0] == v[1]) {
                continue; // target == start is "reached when current >= target", which has no mirror
            }
            BigDecimal s = BigDecimal.valueOf(v[0]);
            BigDecimal t = BigDecimal.valueOf(v[1]);
            BigDecimal c = BigDecimal.valueOf(v[2]);
            assertThat(Progress.linear(s.negate(), t.negate(), c.negate()))
                    .as("seed %d: start %s, target %s, current %s", seed, s, t, c)
                    .isEqualTo(Progress.linear(s, t, c));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void goalProgressLiesBetweenItsTargetsLeastAndMostProgress(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Target> targets = new ArrayList<>();
        for (int i = random.nextInt(1, 13); i > 0; i--) {
            targets.add(target(random));
        }
        Goal goal = Fixtures.goal(START, START.plusDays(89), targets.toArray(Target[]::new));
        List<BigDecimal> each = targets.stream().map(target -> target.progress().fraction()).toList();

        BigDecimal mean = goal.progress().orElseThrow().fraction();

        assertThat(mean).as("seed %d: %s", seed, targets).isBetween(
                each.stream().min(Comparator.naturalOrder()).orElseThrow(),
                each.stream().max(Comparator.naturalOrder()).orElseThrow());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scalingEveryWeightLeavesGoalProgressUnchanged(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double factor = random.nextInt(2, 100);
        List<Target> targets = new ArrayList<>();
        List<Target> scaled = new ArrayList<>();
        for (int i = random.nextInt(1, 13); i > 0; i--) {
            double[] v = values(random);
            // eighths are exact in binary, so weight x factor scales exactly
            double weight = random.nextInt(1, 1001) / 8.0;
            targets.add(Fixtures.weighted(v[0], v[1], v[2], weight));
            scaled.add(Fixtures.weighted(v[0], v[1], v[2], weight * factor));
        }
        assertThat(Fixtures.goal(START, START, scaled.toArray(Target[]::new)).progress()).as("seed %d", seed)
                .isEqualTo(Fixtures.goal(START, START, targets.toArray(Target[]::new)).progress());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void elapsedShareGrowsDayByDayFromZeroToOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Goal goal = Fixtures.goal(START, START.plusDays(random.nextInt(0, 401)));
        BigDecimal yesterday = BigDecimal.ZERO;
        for (LocalDate day = START.minusDays(3); !day.isAfter(goal.dueDate().plusDays(3)); day = day.plusDays(1)) {
            BigDecimal share = goal.elapsedShare(day);
            assertThat(share).as("seed %d, %s", seed, day).isBetween(BigDecimal.ZERO, BigDecimal.ONE)
                    .isGreaterThanOrEqualTo(yesterday);
            yesterday = share;
        }
        assertThat(yesterday).as("seed %d, after the due date", seed).isEqualByComparingTo("1");
    }
}
