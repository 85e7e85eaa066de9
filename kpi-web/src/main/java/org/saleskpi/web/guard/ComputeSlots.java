package org.saleskpi.web.guard;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most a number of computations at once on this node. The number is given at each {@link #take} and holds from
 * then on, so an admin who lowers it lets the running computations finish and admits new ones only once fewer run.
 *
 * <p>Waiters are served in the order they came (ADR 0054): a freed slot goes to the first waiter, never to a request
 * that arrived after it, so under a steady stream of requests no waiter loses its turn until its wait runs out.
 */
public final class ComputeSlots {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int running;
    private int max = 1;

    /** A request waiting for a slot; {@code admitted} once a slot is handed to it. */
    private final class Waiter {
        private final Condition turn = lock.newCondition();
        private boolean admitted;
    }

    /**
     * A slot, waiting at most {@code wait} for one to free up, behind the requests that waited before; empty when
     * none came to it.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public Optional<Slot> take(int max, Duration wait) throws InterruptedException {
        lock.lock();
        try {
            this.max = max;
            // A raised limit lets those who waited before in first.
            admitWaiters();
            if (waiters.isEmpty() && running < max) {
                running++;
                return Optional.of(new Slot());
            }
            Waiter waiter = new Waiter();
            waiters.addLast(waiter);
            long left = wait.toNanos();
            try {
                while (!waiter.admitted && left > 0) {
                    left = waiter.turn.awaitNanos(left);
                }
            } catch (InterruptedException e) {
                leave(waiter);
                throw e;
            }
            if (waiter.admitted) {
                return Optional.of(new Slot());
            }
            leave(waiter);
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Whether some request waits for a slot now. */
    public boolean queued() {
        lock.lock();
        try {
            return !waiters.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Computations holding a slot now. */
    public int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** A waiter giving up: a slot handed to it meanwhile goes to the next one. */
    private void leave(Waiter waiter) {
        if (waiter.admitted) {
            running--;
        } else {
            waiters.remove(waiter);
        }
        admitWaiters();
    }

    private void release() {
        lock.lock();
        try {
            running--;
            admitWaiters();
        } finally {
            lock.unlock();
        }
    }

    /** Hands free slots to the waiters in their order. */
    private void admitWaiters() {
        while (!waiters.isEmpty() && running < max) {
            Waiter first = waiters.pollFirst();
            first.admitted = true;
            running++;
            first.turn.signal();
        }
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
