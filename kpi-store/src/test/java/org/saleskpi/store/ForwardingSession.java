package org.saleskpi.store;

import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** A real session passed through, for tests that disturb one of its operations. */
public class ForwardingSession implements AoSession {
    private final AoSession real;

    public ForwardingSession(AoSession real) {
        this.real = real;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return real.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return real.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K id) {
        return real.get(type, id);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        real.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return real.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return real.count(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        real.stream(type, query, callback);
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        real.migrate(types);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return real.inTransaction(work);
    }
}
