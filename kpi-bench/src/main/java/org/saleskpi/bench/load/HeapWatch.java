package org.saleskpi.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The used heap while scenarios run: its peak as sampled every few milliseconds (garbage not yet collected
 * included), and its peak right after each collection (what was still reachable: the live set), from the
 * collectors' notifications.
 */
final class HeapWatch implements AutoCloseable {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final long SAMPLE_MILLIS = 5;

    private final Thread sampler;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener afterCollection = this::collected;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long livePeak;

    private HeapWatch() {
        sampler = new Thread(this::sample, "load-bench-heap");
        sampler.setDaemon(true);
    }

    /** Starts watching. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.afterCollection, null, null);
                watch.emitters.add(emitter);
            }
        }
        watch.sampler.start();
        return watch;
    }

    /** Used heap after two full collections, each given a moment for what it freed to be counted. */
    static long usedAfterFullGc() throws InterruptedException {
        for (int i = 0; i < 2; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /**
     * Runs {@code load} while a full collection is asked at {@code moments} evenly spread instants of its
     * {@code nanos} (the first half a step in, so none falls on its start or end), and returns the used heap right
     * after each collection that ran: what the load held reachable then, garbage of every generation gone. The
     * collections stop the load's threads, so the load's own latencies are not the undisturbed ones.
     */
    static List<Long> liveDuring(int moments, long nanos, LoadRun load) throws InterruptedException {
        List<Long> live = new ArrayList<>();
        Thread collector = new Thread(() -> {
            long start = System.nanoTime();
            for (int moment = 0; moment < moments; moment++) {
                long wait = start + (2L * moment + 1) * nanos / (2L * moments) - System.nanoTime();
                try {
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                } catch (InterruptedException e) {
                    return;
                }
                // G1 runs System.gc() as a full, stop-the-world collection and returns when it ended.
                System.gc();
                live.add(MEMORY.getHeapMemoryUsage().getUsed());
            }
        }, "load-bench-full-gc");
        collector.setDaemon(true);
        collector.start();
        try {
            load.run();
        } finally {
            collector.interrupt();
            collector.join();
        }
        return live;
    }

    /** A load run on the calling thread. */
    interface LoadRun {
        void run() throws InterruptedException;
    }

    /** The highest used heap seen, garbage included. */
    long peak() {
        return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
    }

    /** The highest used heap right after a collection; 0 if none ran. */
    long livePeak() {
        return livePeak;
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long used = after.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        synchronized (this) {
            livePeak = Math.max(livePeak, used);
        }
    }

    private void sample() {
        while (running) {
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            synchronized (this) {
                peak = Math.max(peak, used);
            }
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
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(afterCollection);
            } catch (ListenerNotFoundException e) {
                // Never added: nothing to remove.
            }
        }
    }
}
