package org.saleskpi.core.index;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Identical concurrent computations run once: the first caller of a key computes, and callers of the same key
 * arriving before it is done wait for its answer (or its failure) instead of computing their own copy. Nothing is
 * kept once the computation ends; keeping answers is the caller's cache's business.
 */
final class SingleFlight<K, V> {
    private final Map<K, Flight<V>> running = new HashMap<>();

    /** A computation under way and how many callers wait for it. */
    private static final class Flight<V> {
        private final FutureTask<V> task;
        private int waiting;

        Flight(Supplier<V> compute) {
            this.task = new FutureTask<>(compute::get);
        }
    }

    /** {@code compute}'s answer, computed by this caller or by the one that asked for {@code key} first. */
    V run(K key, Supplier<V> compute) {
        Flight<V> flight;
        boolean leads;
        synchronized (this) {
            flight = running.get(key);
            leads = flight == null;
            if (leads) {
                flight = new Flight<>(compute);
                running.put(key, flight);
            } else {
                flight.waiting++;
            }
        }
        if (leads) {
            try {
                flight.task.run();
            } finally {
                synchronized (this) {
                    running.remove(key, flight);
                }
            }
        }
        return answer(flight.task);
    }

    /** How many callers wait for the computation of {@code key} now (for tests that line threads up). */
    synchronized int waiting(K key) {
        Flight<V> flight = running.get(key);
        return flight == null ? 0 : flight.waiting;
    }

    private static <V> V answer(FutureTask<V> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The computation is someone else's to finish: wait it out, and keep the interrupt for later.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
