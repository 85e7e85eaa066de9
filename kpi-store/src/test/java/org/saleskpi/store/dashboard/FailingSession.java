package org.saleskpi.store.dashboard;

import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;

/** A session whose deletes from one table fail, to break a write half-way through. */
final class FailingSession implements AoSession {
    private final AoSession delegate;
    private final Class<?> failingTable;

    FailingSession(AoSession delegate, Class<?> failingTable) {
        this.delegate = delegate;
        this.failingTable = failingTable;
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        if (type == failingTable) {
            throw new IllegalStateException("the database went away");
        }
        return delegate.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return delegate.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K id) {
        return delegate.get(type, id);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return delegate.create(type, values);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        delegate.delete(entities);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return delegate.count(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        delegate.stream(type, query, callback);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        delegate.migrate(types);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return delegate.inTransaction(work);
    }
}
