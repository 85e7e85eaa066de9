package org.saleskpi.server.auth;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.saleskpi.store.AoSession;

/**
 * Short sign-in writes that another request may be writing at the same moment: a failed-login
 * count, a reset, a new session. AO runs every transaction SERIALIZABLE, so the database aborts the
 * loser of two writers to one row instead of letting one overwrite the other; the loser here runs
 * again, on the winner's result, rather than answering 500.
 */
final class ConcurrentWriters {
    /** Each round lets at least one writer through, so this outlasts far more clients than a pool has. */
    static final int ATTEMPTS = 40;
    private static final long MAX_PAUSE_NANOS = 20_000_000;

    private ConcurrentWriters() {
    }

    /**
     * Runs {@code work} in a transaction, again after a random pause each time the database aborted
     * it for a concurrent writer; {@code work} must read what it changes inside the transaction.
     *
     * @throws RuntimeException what the last attempt threw, when every attempt lost or it failed otherwise
     */
    static <T> T inTransaction(AoSession session, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return session.inTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostToConcurrentWriter(e)) {
                    throw e;
                }
                // Random and growing, so the losers do not collide again in the same order.
                long ceiling = Math.min(MAX_PAUSE_NANOS, 500_000L << Math.min(attempt, 10));
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(ceiling));
            }
        }
    }

    /**
     * SQLState class 40, "transaction rollback": a serialization failure (40001, also H2's deadlock)
     * or PostgreSQL's deadlock (40P01); H2's 90131 "concurrent update" and its lock timeout 50200.
     */
    static boolean lostToConcurrentWriter(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.equals("90131") || state.equals("50200")) {
                    return true;
                }
            }
        }
        return false;
    }
}
