package org.saleskpi.web.guard;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most a number of computations at once on this node. The number is given at each {@link #take}, so an admin
 * who lowers it lets the running computations finish and admits new ones only once fewer run.
 */
public final class ComputeSlots {
    private int running;

    /**
     * A slot, waiting at most {@code wait} for one to free up; empty when none did.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized Optional<Slot> take(int max, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running >= max) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        running++;
        return Optional.of(new Slot());
    }

    /** Computations holding a slot now. */
    public synchronized int running() {
        return running;
    }

    private synchronized void release() {
        running--;
        notifyAll();
    }

    /** A computation's place; closing it (once, however often it is called) lets the next one in. */
    public final class Slot implements AutoCloseable {
        private final AtomicBoolean open = new AtomicBoolean(true);

        private Slot() {
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                release();
            }
        }
    }
}
