/*
 * Compile-only stub of com.atlassian.jira.cluster.ClusterInfo (interface), the super-interface that declares
 * ClusterManager's getNodeId() and isClustered() since Jira 7; never packaged.
 * VERIFIED (package, kind, both members inherited by ClusterManager): Jira's javadoc at
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/cluster/ClusterManager.html ("public interface
 * ClusterManager extends ClusterInfo", "Methods inherited from interface ClusterInfo: getNodeId, isClustered"; the page
 * is dated 2017, a Jira 7 build). The String and boolean returns: Jira 6's ClusterManager, which declared both itself
 * (turgaycelik/mysource@ee01e28, jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/cluster/
 * ClusterManager.java, since 6.1).
 * What getNodeId() answers on a Jira without a cluster: null. Jira 6's DefaultClusterManager documents "node id - null
 * if the server is not in a cluster" and returns its Node's id, which is null for Node.NOT_CLUSTERED; isClustered() is
 * true only when cluster.properties names a node ("If there is a cluster.properties that appears to be valid").
 * UNVERIFIED: both on a Jira 10/11 javadoc page (none found). A call through ClusterManager links either way: the JVM
 * resolves an interface method in the super-interfaces too (JVMS 5.4.3.4).
 */
package com.atlassian.jira.cluster;

public interface ClusterInfo {

    String getNodeId();

    boolean isClustered();
}
