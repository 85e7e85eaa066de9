package org.saleskpi.server.auth;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * This node's writers of one row take turns here, in memory, instead of racing in the database: under
 * SERIALIZABLE the database aborts all but one of them, and a burst of sixteen wrong passwords for one
 * user could exhaust {@link ConcurrentWriters}' retries and leave a failure uncounted. A writer on
 * another node still meets them in the database, where the retries take care of it. Keys share
 * {@code stripes} locks, so a user who is not being written never costs memory.
 */
final class RowTurns {
    private final ReentrantLock[] locks;

    RowTurns(int stripes) {
        locks = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Runs {@code work} once no other writer of this node holds {@code key}'s turn. */
    <T> T inTurn(String key, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(key.hashCode(), locks.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
