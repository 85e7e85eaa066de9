package org.saleskpi.jira.simulated;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.saleskpi.jira.cache.ClusterNodes;

/**
 * A Jira cluster's membership as Jira's ClusterManager reports it (the message bus between nodes is
 * {@link SimulatedCluster}): the nodes alive now (each joins when asked for its view, and can leave), and each node's
 * view with its own id. {@link #notClustered()} is a Jira without a cluster.
 */
public final class SimulatedMembership {
    private final Set<String> live = ConcurrentHashMap.newKeySet();

    /** Node {@code id}'s view of the cluster; the node is alive from now on. */
    public ClusterNodes node(String id) {
        live.add(id);
        return new ClusterNodes() {
            @Override
            public Optional<String> thisNode() {
                return Optional.of(id);
            }

            @Override
            public Optional<Set<String>> liveNodes() {
                return Optional.of(Set.copyOf(live));
            }
        };
    }

    /** The node stops (or leaves the cluster): Jira no longer lists it among the live nodes. */
    public void leave(String id) {
        live.remove(id);
    }

    /** A Jira without a cluster: no node id, no live nodes. */
    public static ClusterNodes notClustered() {
        return new ClusterNodes() {
            @Override
            public Optional<String> thisNode() {
                return Optional.empty();
            }

            @Override
            public Optional<Set<String>> liveNodes() {
                return Optional.empty();
            }
        };
    }
}
