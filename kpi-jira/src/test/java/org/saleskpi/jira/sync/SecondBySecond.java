package org.saleskpi.jira.sync;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** How the two-node tests wait: the cluster's time moves a second at a time, every node running its due jobs. */
final class SecondBySecond {
    private SecondBySecond() {
    }

    /**
     * The time it took until {@code seen} held, each second moved by {@code tick}; null when it did not hold within
     * {@code atMost}.
     */
    static Duration until(BooleanSupplier seen, Duration atMost, Runnable tick) {
        Duration waited = Duration.ZERO;
        while (!seen.getAsBoolean()) {
            if (waited.compareTo(atMost) >= 0) {
                return null;
            }
            tick.run();
            waited = waited.plusSeconds(1);
        }
        return waited;
    }
}
