package org.saleskpi.server.cluster;

import java.util.Optional;
import javax.sql.DataSource;

/**
 * Work that must run on one node at a time (a connection's Jira sync, an import): whoever holds the named lock runs
 * it, the others skip it or wait. On PostgreSQL the lock is the database's ({@link AdvisoryLock}), so it spans every
 * node and ends with the holder's connection, a killed node included; on H2, which one node uses alone, it is this
 * JVM's ({@link LocalLock}).
 */
public interface ClusterLock {

    /** The lock named {@code name} if no one holds it now, held until the returned handle closes. */
    Optional<Held> tryAcquire(String name);

    /** Whether other nodes take the same locks (PostgreSQL), so that work may have run on another node. */
    boolean spansNodes();

    /** A lock held; closing releases it (once). */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Locks of this JVM only, for a server alone on its database. */
    static ClusterLock local() {
        return new LocalLock();
    }

    /** The lock for the database behind {@code dataSource}: advisory locks on PostgreSQL, else local ones. */
    static ClusterLock over(DataSource dataSource, boolean postgres) {
        return postgres ? new AdvisoryLock(dataSource) : new LocalLock();
    }
}
