package org.saleskpi.jira.cache;

import java.util.Optional;
import java.util.Set;

/** Port: which Jira node this is, and which nodes of its cluster are alive, for the admin page's list of nodes. */
public interface ClusterNodes {

    /** This node's cluster id; empty when Jira runs without a cluster. */
    Optional<String> thisNode();

    /** The ids of the nodes alive in the cluster now; empty when not clustered or when Jira cannot tell. */
    Optional<Set<String>> liveNodes();
}
