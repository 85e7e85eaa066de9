package org.saleskpi.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The used heap: after a full collection, and its peak while a scenario runs (sampled every few milliseconds). */
final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final long SAMPLE_MILLIS = 5;

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapWatch() {
        sampler = new Thread(this::sample, "load-bench-heap");
        sampler.setDaemon(true);
    }

    /** Starts sampling. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        watch.sampler.start();
        return watch;
    }

    /** Used heap after two full collections and a pause for what they freed to be counted. */
    static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    long peak() {
        return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
