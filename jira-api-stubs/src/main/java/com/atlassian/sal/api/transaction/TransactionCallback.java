/*
 * Compile-only stub of SAL's com.atlassian.sal.api.transaction.TransactionCallback<T> (interface), as bundled
 * with Jira 11.3; never packaged. Source: JIRA-PLATFORM.md 1.11 [V: decompiled SAL] and 7 section 5 (the
 * ActiveObjects xref at docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df). Not AO's old
 * TransactionCallback(TransactionStatus).
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
