package org.saleskpi.store.goal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two writers on their own threads, released together by a barrier; what each got and when. */
final class Race {

    /** A writer's result or failure, and how long its write took after the barrier let it go. */
    record Outcome<T>(Optional<T> result, Optional<Throwable> failure, long millis) {
        boolean won() {
            return result.isPresent();
        }
    }

    private Race() {
    }

    static <T> List<Outcome<T>> run(Callable<T> first, Callable<T> second) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Outcome<T>> a = threads.submit(() -> timed(start, first));
            Future<Outcome<T>> b = threads.submit(() -> timed(start, second));
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a writer did not finish", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static <T> Outcome<T> timed(CyclicBarrier start, Callable<T> write) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        long began = System.nanoTime();
        try {
            T result = write.call();
            return new Outcome<>(Optional.of(result), Optional.empty(), millisSince(began));
        } catch (RuntimeException e) {
            return new Outcome<>(Optional.empty(), Optional.of(e), millisSince(began));
        }
    }

    private static long millisSince(long began) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    }
}
