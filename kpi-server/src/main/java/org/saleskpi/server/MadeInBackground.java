package org.saleskpi.server;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Something made on a thread of its own while the caller does other work, then waited for where it is needed
 * (ADR 0079: the command-line import opens its database while it reads the file). {@link #get()} throws what the
 * making threw, as the caller would have had it; {@link #close()} waits for the making and closes what it made, so
 * nothing of it outlives the caller's block, whether or not it was asked for.
 */
final class MadeInBackground<T> implements AutoCloseable {
    private final FutureTask<T> making;
    private final Consumer<? super T> closing;
    private final Thread thread;

    private MadeInBackground(Supplier<T> make, Consumer<? super T> closing, String name) {
        this.making = new FutureTask<>(make::get);
        this.closing = closing;
        this.thread = new Thread(making, name);
        thread.setDaemon(true);
    }

    /** Starts making the value with {@code make} on a thread named {@code name}; {@code closing} closes it. */
    static <T> MadeInBackground<T> start(Supplier<T> make, Consumer<? super T> closing, String name) {
        Objects.requireNonNull(make, "make");
        MadeInBackground<T> made = new MadeInBackground<>(make, Objects.requireNonNull(closing, "closing"),
                Objects.requireNonNull(name, "name"));
        made.thread.start();
        return made;
    }

    /**
     * The value, once made.
     *
     * @throws RuntimeException or {@link Error}: what the making threw
     */
    T get() {
        try {
            return making.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        } catch (CancellationException e) {
            throw new IllegalStateException(thread.getName() + " was cancelled", e);
        }
    }

    /**
     * Waits for the making and closes the value made. A making that failed without being asked for is not thrown
     * here: the caller ended for a reason of its own (a wrong command line, a file refused), which it has told.
     */
    @Override
    public void close() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        T value;
        try {
            value = making.get();
        } catch (ExecutionException | CancellationException | InterruptedException e) {
            return;
        }
        closing.accept(value);
    }
}
