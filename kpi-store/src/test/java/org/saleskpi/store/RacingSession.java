package org.saleskpi.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import net.java.ao.RawEntity;

/**
 * An {@link AoSession} for concurrency tests: every writer waits at {@code start} until all are
 * about to claim their version, and a writer that claimed one holds it uncommitted for a while,
 * so that the others' claims truly run against an open transaction. It records when things happen.
 */
public final class RacingSession extends ForwardingSession {
    /** What one writer did, in nanoseconds of {@link System#nanoTime()}. */
    public record Event(String writer, String what, long at) {
    }

    private static final long HOLD_MILLIS = 300;

    private final String writer;
    private final CyclicBarrier start;
    private final List<Event> events;

    /** @param events shared by the racing writers; synchronised here */
    public RacingSession(AoSession delegate, String writer, CyclicBarrier start, List<Event> events) {
        super(delegate);
        this.writer = writer;
        this.start = start;
        this.events = events;
    }

    /** How the losing writer learnt it lost: no row deleted, or the database's refusal. */
    public static String howLost(List<Event> events, String writer) {
        synchronized (events) {
            return events.stream().filter(e -> e.writer().equals(writer))
                    .filter(e -> e.what().startsWith("refused") || e.what().equals("deleted no row"))
                    .map(Event::what).findFirst().orElse("?");
        }
    }

    public static List<Event> eventsOf(List<Event> events, String writer, String what) {
        synchronized (events) {
            List<Event> found = new ArrayList<>();
            for (Event e : events) {
                if (e.writer().equals(writer) && e.what().equals(what)) {
                    found.add(e);
                }
            }
            return found;
        }
    }

    private void record(String what) {
        synchronized (events) {
            events.add(new Event(writer, what, System.nanoTime()));
        }
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        if (!criteria.contains("ROW_VERSION")) {
            return super.deleteWithSQL(type, criteria, parameters);
        }
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other writer never came", e);
        }
        record("claiming");
        int claimed;
        try {
            claimed = super.deleteWithSQL(type, criteria, parameters);
        } catch (StoreException e) {
            record("found it taken");
            record("refused by the database: " + e.getMessage().lines().findFirst().orElse(""));
            throw e;
        }
        record(claimed == 1 ? "claimed" : "found it taken");
        if (claimed == 0) {
            record("deleted no row");
        }
        if (claimed == 1) {
            try {
                Thread.sleep(HOLD_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return claimed;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return super.inTransaction(() -> {
            T result = work.get();
            record("committing");
            return result;
        });
    }
}
