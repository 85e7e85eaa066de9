package org.saleskpi.server.dashboard;

import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.ForwardingSession;

/** A session whose deletes from one table fail, to break a write half-way through. */
final class FailingSession extends ForwardingSession {
    private final Class<?> failingTable;

    FailingSession(AoSession delegate, Class<?> failingTable) {
        super(delegate);
        this.failingTable = failingTable;
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        if (type == failingTable) {
            throw new IllegalStateException("the database went away");
        }
        return super.deleteWithSQL(type, criteria, parameters);
    }
}
