package org.saleskpi.core.index;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;

/**
 * Brings kept tables and results up to the index's state after a write on two background threads, one refresh per
 * kept thing at a time, while the requests that meet the older one wait a little for it and then answer from the
 * older one (ADR 0050). A refresh that fails is reported to the waiting request, which then computes in its own
 * thread and meets the failure itself.
 */
final class Refreshes {
    /** How a refresh a request waited for stands when the wait ends. */
    enum Ended {
        /** Done: what it refreshed is kept now. */
        DONE,
        /** Still running: the request answers from what was kept before. */
        RUNNING,
        /** Failed: the request computes in its own thread. */
        FAILED
    }

    /** Refresh threads: the requests keep most of the node's cores (and all of a two-core node's slots). */
    private static final int THREADS = 2;

    /**
     * How long a request waits for a refresh, and whether other requests wait for a computation slot now: a request
     * holding one does not keep them waiting for its refresh (ADR 0054).
     */
    record Waits(Duration longest, BooleanSupplier othersQueued) {
    }

    private final long waitNanos;
    private final BooleanSupplier othersQueued;
    private final Map<Object, Pending> running = new HashMap<>();
    private final ThreadPoolExecutor threads;
    /** Read-held by each refresh while it runs; write-held by {@link #hold()}, which keeps new ones from starting. */
    private final ReentrantReadWriteLock holds = new ReentrantReadWriteLock();
    private long queued;

    /**
     * A refresh waiting or under way. Tables go before results, each in the order asked; until it starts, a later
     * request's refresh of the same thing takes its place, so a result is refreshed on the latest table asked.
     */
    private final class Pending implements Runnable, Comparable<Pending> {
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final Object key;
        private final boolean table;
        private final long order;
        private Runnable work;
        private boolean started;

        Pending(Object key, boolean table, long order, Runnable work) {
            this.key = key;
            this.table = table;
            this.order = order;
            this.work = work;
        }

        @Override
        public void run() {
            // Before it counts as started: while held, a later request's refresh still takes this one's place.
            holds.readLock().lock();
            try {
                runUnheld();
            } finally {
                holds.readLock().unlock();
            }
        }

        private void runUnheld() {
            Runnable refresh;
            synchronized (Refreshes.this) {
                started = true;
                refresh = work;
            }
            try {
                refresh.run();
                done.complete(null);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
            } finally {
                synchronized (Refreshes.this) {
                    running.remove(key, this);
                }
            }
        }

        @Override
        public int compareTo(Pending other) {
            return table != other.table ? (table ? -1 : 1) : Long.compare(order, other.order);
        }
    }

    /** Waiting up to {@code wait} whatever the slots' queue (tests). */
    Refreshes(Duration wait) {
        this(new Waits(wait, () -> false));
    }

    Refreshes(Waits waits) {
        this.waitNanos = waits.longest().toNanos();
        this.othersQueued = waits.othersQueued();
        // A burst of writes is met by refreshing each kept thing once, to the state it finds, not once per write.
        this.threads = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new PriorityBlockingQueue<>(),
                task -> {
                    Thread refresher = new Thread(task, "saleskpi-refresh");
                    refresher.setDaemon(true);
                    return refresher;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts {@code refresh} for {@code key} unless one runs or waits to run (a waiting one then does this one's
     * work), then waits for it at most the configured time, and only when no more refreshes wait than threads take
     * them and no other request waits for a computation slot: behind a queue the wait would end first, and a request
     * waiting holds one of the node's few computation slots (the guardrails') doing nothing.
     *
     * @param table whether {@code refresh} brings a table, which goes before the results computed on tables
     */
    Ended await(Object key, boolean table, Runnable refresh) {
        CompletableFuture<Void> future;
        synchronized (this) {
            Pending pending = running.get(key);
            if (pending == null) {
                pending = new Pending(key, table, queued++, refresh);
                running.put(key, pending);
                threads.execute(pending);
            } else if (!pending.started) {
                pending.work = refresh;
            }
            future = pending.done;
        }
        if (!future.isDone() && (threads.getQueue().size() > THREADS || othersQueued.getAsBoolean())) {
            return Ended.RUNNING;
        }
        try {
            future.get(waitNanos, TimeUnit.NANOSECONDS);
            return Ended.DONE;
        } catch (TimeoutException e) {
            return Ended.RUNNING;
        } catch (ExecutionException e) {
            return Ended.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Ended.RUNNING;
        }
    }

    /**
     * Waits for the refreshes under way to end and keeps new ones from starting until the answer is closed, by the
     * thread that called this: requests meanwhile answer from the state before, as behind refreshes that run long.
     */
    AutoCloseable hold() {
        holds.writeLock().lock();
        return () -> holds.writeLock().unlock();
    }

    /** Refreshes started and not yet ended (for tests). */
    synchronized int running() {
        return running.size();
    }
}
