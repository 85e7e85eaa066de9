/*
 * Compile-only stub of atlassian-beehive's com.atlassian.beehive.ClusterLockService (interface), the cluster-wide
 * locks Jira Data Center gives apps as a component; never packaged.
 * VERIFIED (kind, package, the one member): Jira 6's own source, turgaycelik/mysource at ee01e28,
 * jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/cluster/lock/
 * StartableDatabaseClusterLockService.java (a DatabaseClusterLockService whose getLockForName(String) hands out
 * ClusterLocks) and .../bc/workflow/DefaultWorkflowSchemeService.java (imports this interface and takes its locks as
 * java.util.concurrent.locks.Lock); an app takes it by constructor: AndreyVMarkelov/jira-bipper-server,
 * .../workflow/function/SendSmsFunction.java. JIRA-PLATFORM.md 2 (getLockForName returns a ClusterLock, a Lock).
 * UNVERIFIED: that Jira 10.3 and 11.3 export com.atlassian.beehive unchanged (no javadoc of them was found).
 */
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
