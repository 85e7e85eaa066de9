package org.saleskpi.store.goal;

import java.util.Map;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.ForwardingSession;

/**
 * A real session that fails on the n-th row it creates of one entity type, to break a multi-row
 * write half-way on a real database.
 */
final class FailingSession extends ForwardingSession {
    private final Class<?> failingType;
    private int createsLeft;

    FailingSession(AoSession real, Class<?> failingType, int failOnCreate) {
        super(real);
        this.failingType = failingType;
        this.createsLeft = failOnCreate;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        if (type == failingType && --createsLeft == 0) {
            throw new IllegalStateException("the database went away half-way");
        }
        return super.create(type, values);
    }
}
