/*
 * Compile-only stub of com.atlassian.activeobjects.external.ActiveObjects (interface), the Active Objects plugin's
 * service in Jira 11.3 (Platform 8) and Jira 10.3; never packaged. Only what ActiveObjectsSession calls: migrate,
 * get, create(Class, Map), delete, deleteWithSQL (int), find(Class, Query) (T[]), stream(Class, Query, callback)
 * (void), count(Class, Query) (int), executeInTransaction(TransactionCallback) (T). No checked exceptions.
 * VERIFIED on AO plugin 2.0.1 (an older line): all nine members with these erasures and returns, and that
 * executeInTransaction takes SAL's com.atlassian.sal.api.transaction.TransactionCallback:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * and https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/internal/EntityManagedActiveObjects.html.
 * find(Class, Query) and count(Class, Query) read into an int in plugin code built for Jira 9/10 (javax era):
 * alanmosely/basic-jira-development-panels@cef0002, src/main/java/com/alanmosely/jira/plugin/impl/PullRequestServiceImpl.java.
 * Same package and type injected by Jira Software 10.6:
 * https://docs.atlassian.com/jira-software/10.6.0/com/atlassian/greenhopper/service/rapid/view/GenericActiveObjectsDao.html
 * UNVERIFIED for Platform 8 (Jira 11): no AO 6.x/7.x javadoc was found (searched the docs and pages corpora for the
 * interface with executeInTransaction, deleteWithSQL, stream). No evidence of change: the AO code of
 * atlassian-labs/atlassian-slack-integration-server was left untouched by its Jira 11 migration (JIRA-PLATFORM.md 7 s5).
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
