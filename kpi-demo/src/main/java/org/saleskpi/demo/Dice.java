package org.saleskpi.demo;

import java.util.SplittableRandom;

/**
 * The generator's only source of chance: a {@link SplittableRandom} seeded from the spec.
 * Transcendental functions go through {@link StrictMath}, whose results are fixed bit for bit,
 * so that a seed yields the same data on every JVM (Math may use faster, differing intrinsics).
 */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one part drawing more does not shift another part's values. */
    Dice split() {
        return new Dice(random.split());
    }

    /** Uniform in [0, 1). */
    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform whole number in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Uniform in [low, high), for large ranges such as seconds between two instants. */
    long between(long low, long highExclusive) {
        return low + random.nextLong(highExclusive - low);
    }

    /**
     * Cents drawn log-normally around {@code median} (in whole currency units) and redrawn until
     * they fall in [minCents, maxCents]: many small amounts, a long tail of large ones.
     */
    long logNormalCents(double median, double sigma, long minCents, long maxCents) {
        while (true) {
            double value = median * StrictMath.exp(sigma * gaussian());
            long cents = Math.round(value * 100);
            if (cents >= minCents && cents <= maxCents) {
                return cents;
            }
        }
    }

    /** Standard normal by the Box-Muller transform (one of the pair is enough here). */
    private double gaussian() {
        double u1 = 1.0 - random.nextDouble(); // (0, 1]: log(0) would be infinite
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }
}
