/*
 * Compile-only stub of com.atlassian.activeobjects.external.ActiveObjects (interface) of the AO plugin in
 * Jira 11.3; never packaged. Only the members AoSession needs. Source: JIRA-PLATFORM.md 1.12 [V: a decompiled
 * recent AO interface] and 7 section 5 (executeInTransaction takes SAL's TransactionCallback, per
 * docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref). That Platform 8's AO keeps these
 * erasures is UNVERIFIED; no evidence of change (slack's AO code was untouched by its Jira 11 migration).
 */
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
