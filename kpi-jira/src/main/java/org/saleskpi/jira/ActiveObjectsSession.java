package org.saleskpi.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import org.saleskpi.store.AoSession;

/**
 * The store's {@link AoSession} over Jira's {@link ActiveObjects} service, which already speaks in unchecked
 * exceptions. Transactions go through {@code executeInTransaction}, so Jira's transaction rules apply.
 */
public final class ActiveObjectsSession implements AoSession {
    private final ActiveObjects ao;

    /**
     * Over the plugin's imported {@code ActiveObjects} (the plugin's Spring context, whose scanner index lists this
     * class) or the one AO hands an upgrade task.
     */
    public ActiveObjectsSession(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "activeObjects");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K id) {
        return ao.get(type, id);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return ao.create(type, values);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        ao.stream(type, query, callback);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        ao.migrate(types);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
