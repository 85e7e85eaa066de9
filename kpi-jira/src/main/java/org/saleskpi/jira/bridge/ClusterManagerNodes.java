package org.saleskpi.jira.bridge;

import com.atlassian.jira.cluster.ClusterManager;
import com.atlassian.jira.cluster.Node;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saleskpi.jira.cache.ClusterNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterNodes} from Jira's {@link ClusterManager} (stub header and docs/jira-stubs.md give the sources): the
 * node id is {@code getNodeId()} when {@code isClustered()}, and Jira answers null without a cluster; the live nodes
 * are {@code findLiveNodes()}, Jira's snapshot of the active nodes whose heartbeat is live.
 */
public final class ClusterManagerNodes implements ClusterNodes {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterManagerNodes.class);

    private final ClusterManager cluster;
    private volatile boolean warned;

    public ClusterManagerNodes(ClusterManager cluster) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
    }

    @Override
    public Optional<String> thisNode() {
        if (!cluster.isClustered()) {
            return Optional.empty();
        }
        String id = cluster.getNodeId();
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    @Override
    public Optional<Set<String>> liveNodes() {
        if (!cluster.isClustered()) {
            return Optional.empty();
        }
        try {
            Set<String> live = new HashSet<>();
            for (Node node : cluster.findLiveNodes()) {
                if (node != null && node.getNodeId() != null) {
                    live.add(node.getNodeId());
                }
            }
            return Optional.of(live);
        } catch (RuntimeException | LinkageError e) {
            // Node being a class on Jira 10/11 is UNVERIFIED; without the live nodes the page ages nodes out instead.
            if (!warned) {
                warned = true;
                LOG.warn("Jira's live cluster nodes could not be read; the cache admin page judges nodes by their "
                        + "last report only", e);
            }
            return Optional.empty();
        }
    }
}
