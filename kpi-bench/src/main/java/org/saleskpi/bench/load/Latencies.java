package org.saleskpi.bench.load;

import java.util.Arrays;

/** Answer times of one scenario or request kind, and its failures; safe to add to from many threads. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    synchronized long errors() {
        return errors;
    }

    /** The answer time at {@code percent} (nearest rank), in milliseconds; 0 without answers. */
    synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    synchronized double maxMillis() {
        return percentileMillis(100);
    }
}
