/*
 * Compile-only stub of com.atlassian.jira.cluster.ClusterManager (interface), a Jira component apps import; never
 * packaged. Only findLiveNodes() here; getNodeId() and isClustered() come from ClusterInfo, as in Jira 7+.
 * VERIFIED (package, kind, "extends ClusterInfo", Collection<Node> findLiveNodes(), "a snapshot of the live nodes ...
 * refreshed in every heartbeat"): https://docs.atlassian.com/jira/latest/com/atlassian/jira/cluster/ClusterManager.html
 * (Jira 7) and Jira 6's own interface and DefaultClusterManager (turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/cluster/, since 6.1; findLiveNodes keeps
 * the ACTIVE nodes whose heartbeat is live, and getAllNodes() is empty without a cluster).
 * Imported as a component by public Data Center apps: Synapse for Jira (com.go2group.synapse.job.JobMonitor takes
 * "@ComponentImport ClusterManager" and calls isClustered() to choose its jobs' RunMode) and the Black Duck app
 * (com.blackducksoftware.integration.jira.task.BlackDuckJiraTask calls ClusterManager.isClusterLicensed()), both found
 * with the code index's exact-string search for "import com.atlassian.jira.cluster.ClusterManager;".
 * UNVERIFIED: the members on a Jira 10/11 javadoc page (none found), and that Jira 10.3/11.3 still export it to apps.
 */
package com.atlassian.jira.cluster;

import java.util.Collection;

public interface ClusterManager extends ClusterInfo {

    Collection<Node> findLiveNodes();
}
