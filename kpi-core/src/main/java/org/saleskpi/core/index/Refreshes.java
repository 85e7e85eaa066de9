package org.saleskpi.core.index;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Brings kept tables and results up to the index's state after a write on one background thread, one refresh per
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

    private final long waitNanos;
    private final Map<Object, CompletableFuture<Void>> running = new HashMap<>();
    private final ThreadPoolExecutor thread;

    Refreshes(Duration wait) {
        this.waitNanos = wait.toNanos();
        // One thread: the refreshes take at most one core from the requests, and a burst of writes is met by
        // refreshing each kept thing once, to the state it finds, not once per write.
        this.thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread refresher = new Thread(task, "saleskpi-refresh");
            refresher.setDaemon(true);
            return refresher;
        });
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts {@code refresh} for {@code key} unless one runs or waits to run, then waits for it at most the
     * configured time, and only when no other refresh waits before it: behind a queue the wait would end first, and a
     * request waiting holds one of the node's few computation slots (the guardrails') doing nothing.
     */
    Ended await(Object key, Runnable refresh) {
        CompletableFuture<Void> future;
        synchronized (this) {
            future = running.get(key);
            if (future == null) {
                CompletableFuture<Void> started = new CompletableFuture<>();
                future = started;
                running.put(key, started);
                thread.execute(() -> {
                    try {
                        refresh.run();
                        started.complete(null);
                    } catch (RuntimeException | Error e) {
                        started.completeExceptionally(e);
                    } finally {
                        synchronized (Refreshes.this) {
                            running.remove(key, started);
                        }
                    }
                });
            }
        }
        if (!future.isDone() && thread.getQueue().size() > 1) {
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

    /** Refreshes started and not yet ended (for tests). */
    synchronized int running() {
        return running.size();
    }
}
