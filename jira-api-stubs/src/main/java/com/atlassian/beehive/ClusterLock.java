/*
 * Compile-only stub of atlassian-beehive's com.atlassian.beehive.ClusterLock (interface): a
 * java.util.concurrent.locks.Lock held across the cluster's nodes; never packaged. Only Lock's own members are
 * declared (the app calls tryLock and unlock).
 * VERIFIED (kind, package, that it is a Lock): the sources of ClusterLockService's stub beside it, whose Jira 6 code
 * uses these locks through the Lock interface. UNVERIFIED: its further members in Jira 10.3 and 11.3.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
