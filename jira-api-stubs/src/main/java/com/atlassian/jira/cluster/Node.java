/*
 * Compile-only stub of com.atlassian.jira.cluster.Node (class), one node of a Jira cluster; never packaged. Only
 * String getNodeId(), and the (String, NodeState) constructor with the NodeState enum for tests (bodies so tests can
 * run; Jira's own class runs in Jira).
 * VERIFIED for Jira 6.x: turgaycelik/mysource@ee01e28,
 * jira-project/jira-components/jira-core/src/main/java/com/atlassian/jira/cluster/Node.java (a class since 6.1;
 * getNodeId() is null only for Node.NOT_CLUSTERED; NodeState ACTIVE, PASSIVE, ACTIVATING, PASSIVATING, OFFLINE).
 * ClusterManager.findLiveNodes() returns Collection<Node> on Jira 7's javadoc page.
 * UNVERIFIED: that Node is still a class, not an interface, in Jira 10/11 (it decides invokevirtual or invokeinterface;
 * the app's bridge.ClusterManagerNodes treats a LinkageError there as "live nodes unknown").
 */
package com.atlassian.jira.cluster;

public class Node {

    public enum NodeState { ACTIVE, PASSIVE, ACTIVATING, PASSIVATING, OFFLINE }

    private final String nodeId;

    public Node(String nodeId, NodeState state) {
        this.nodeId = nodeId;
    }

    public String getNodeId() {
        return nodeId;
    }
}
