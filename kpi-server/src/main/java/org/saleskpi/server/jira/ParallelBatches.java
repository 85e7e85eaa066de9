package org.saleskpi.server.jira;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a page's batches at most {@code parallel} at a time; the first failure fails the page. */
final class ParallelBatches {

    private ParallelBatches() {
    }

    static <T> List<T> run(List<Callable<T>> batches, int parallel) {
        if (batches.size() <= 1 || parallel <= 1) {
            List<T> results = new ArrayList<>();
            for (Callable<T> batch : batches) {
                results.add(call(batch));
            }
            return results;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, batches.size()), r -> {
            Thread t = new Thread(r, "jira-batch-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> batch : batches) {
                futures.add(pool.submit(batch));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraException(0, "", "interrupted while reading a page from Jira");
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> batch) {
        try {
            return batch.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
