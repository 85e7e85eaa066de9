/*
 * Compile-only stub of SAL's com.atlassian.sal.api.transaction.TransactionCallback<T> (interface), as bundled with
 * Jira 11.3 and 10.3; never packaged. Only T doInTransaction() (no checked exception). Not AO's old
 * TransactionCallback(TransactionStatus).
 * VERIFIED: the parameter type of ActiveObjects.executeInTransaction in
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (its import line names this package); T doInTransaction() from a decompiled SAL (JIRA-PLATFORM.md 1.11 [V]).
 * UNVERIFIED for the SAL of Platform 8 (a 7.0.0-jakarta SAL exists per JIRA-PLATFORM.md 7 s5; no javadoc found).
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {
    T doInTransaction();
}
