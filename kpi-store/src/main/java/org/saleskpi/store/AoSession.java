package org.saleskpi.store;

import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Port: the part of Active Objects the repositories use, which both Jira's {@code ActiveObjects}
 * service and AO's own {@code EntityManager} offer. Jira adapts its service in a few lines; the
 * standalone server and the tests use {@link EntityManagerSession}. Failures are unchecked
 * {@link StoreException}s, as in Jira's API.
 */
public interface AoSession {

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T get(Class<T> type, K id);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    void delete(RawEntity<?>... entities);

    /**
     * Deletes the rows matching {@code criteria} (a WHERE clause with {@code ?} parameters) and says
     * how many went. Its count is what makes optimistic locking atomic: deleting a version token
     * {@code WHERE ... AND VERSION = ?} succeeds for exactly one of two concurrent writers.
     */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    /** Creates or alters the tables of these entities to match them. */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... types);

    /** Runs {@code work} in one transaction: all of its writes happen, or none (it rethrows). */
    <T> T inTransaction(Supplier<T> work);
}
