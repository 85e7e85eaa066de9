package org.saleskpi.store;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/** {@link AoSession} over Active Objects' own {@link EntityManager}, for the standalone host and tests. */
public final class EntityManagerSession implements AoSession {
    /** The managers whose transaction this thread is inside. */
    private static final ThreadLocal<Set<EntityManager>> OPEN = ThreadLocal.withInitial(
            () -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private final EntityManager manager;

    public EntityManagerSession(EntityManager manager) {
        this.manager = Objects.requireNonNull(manager, "manager");
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call("find " + type.getSimpleName(), () -> manager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K id) {
        return call("get " + type.getSimpleName(), () -> manager.get(type, id));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call("create " + type.getSimpleName(), () -> manager.create(type, values));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call("delete", () -> {
            manager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call("delete from " + type.getSimpleName(), () -> manager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call("count " + type.getSimpleName(), () -> manager.count(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call("stream " + type.getSimpleName(), () -> {
            manager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        call("migrate", () -> {
            manager.migrate(types);
            return null;
        });
    }

    /**
     * A transaction begun inside another on the same manager joins it, as Jira's {@code executeInTransaction} does:
     * the outer one commits or rolls back all of it (AO's own would commit and close the shared connection early).
     */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Set<EntityManager> open = OPEN.get();
        if (open.contains(manager)) {
            return work.get();
        }
        open.add(manager);
        try {
            return call("transaction", () -> new Transaction<T>(manager) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute());
        } finally {
            open.remove(manager);
        }
    }

    /** A statement of AO's that may throw SQLException. */
    private interface Statement<T> {
        T run() throws SQLException;
    }

    private static <T> T call(String what, Statement<T> statement) {
        try {
            return statement.run();
        } catch (SQLException e) {
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }
}
