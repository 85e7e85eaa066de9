package org.saleskpi.server.cluster;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** For tests of what another node sees: how long until a condition held, polled every 20 ms, failing after 10 s. */
public final class Eventually {
    private Eventually() {
    }

    public static Duration within(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - start > Duration.ofSeconds(10).toNanos()) {
                throw new AssertionError("the condition did not hold within 10 s");
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
