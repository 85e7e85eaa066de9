package org.saleskpi.server.imports;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Makes an import's next batch on a thread of its own while the store writes the one before: on two cores the
 * file's parsing and the rows' building overlap the database's inserts. At most one made batch waits in the
 * hand-off, so memory holds about three batches, never the file's rows. What the maker throws is thrown by
 * {@link #next()} on the writing thread, where it fails the import's one transaction as before; {@link #close()}
 * stops the maker after the batch it is making (never interrupting it: an interrupt in the middle of a database
 * read may close the database's file) and waits for it, so nothing of the import runs after it returns.
 */
final class ReadAhead<T> implements AutoCloseable {
    private static final long POLL_MILLIS = 50;

    private final BlockingQueue<Made<T>> ready = new ArrayBlockingQueue<>(1);
    private final Thread maker;
    private volatile boolean stopped;
    private boolean ended;

    /** Starts making batches with {@code next} (null when there are no more) on a daemon thread named {@code name}. */
    ReadAhead(Supplier<T> next, String name) {
        Objects.requireNonNull(next, "next");
        maker = new Thread(() -> make(next), name);
        maker.setDaemon(true);
        maker.start();
    }

    private void make(Supplier<T> next) {
        while (!stopped) {
            Made<T> made;
            try {
                T batch = next.get();
                made = new Made<>(Optional.ofNullable(batch), null);
            } catch (RuntimeException | Error e) {
                made = new Made<>(Optional.empty(), e);
            }
            if (!hand(made) || made.batch().isEmpty()) {
                return;
            }
        }
    }

    /** Waits until the batch is taken or the reading is stopped; false when stopped. */
    private boolean hand(Made<T> made) {
        try {
            while (!stopped) {
                if (ready.offer(made, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * The next batch, waiting for it to be made, or null when there are no more.
     *
     * @throws RuntimeException what making it threw (the same exception), as if it had been made here
     */
    T next() {
        if (ended) {
            return null;
        }
        Made<T> made;
        try {
            made = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
        if (made.failure() != null) {
            ended = true;
            if (made.failure() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) made.failure();
        }
        if (made.batch().isEmpty()) {
            ended = true;
            return null;
        }
        return made.batch().get();
    }

    /** Stops the maker after its current batch and waits until it has. */
    @Override
    public void close() {
        stopped = true;
        ready.clear();
        boolean interrupted = false;
        while (maker.isAlive()) {
            try {
                maker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A made batch (empty: no more), or what making it threw. */
    private record Made<T>(Optional<T> batch, Throwable failure) {
    }
}
