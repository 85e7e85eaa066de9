package org.saleskpi.jira.cache;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one node published about its issue cache, for every node's admin page.
 *
 * @param node the node's cluster id; empty for a Jira without a cluster
 * @param status the node's cache (its own {@link CacheStatus#node()} is not read: {@code node} names the node)
 * @param lastPoll when the node's updated-since poll last succeeded (read the window, or built), if ever
 * @param lastCensus when the node's id census last compared its ids with Jira's, if ever
 * @param published when the node wrote this report
 */
public record CacheStatusReport(Optional<String> node, CacheStatus status, Optional<Instant> lastPoll,
        Optional<Instant> lastCensus, Instant published) {

    public CacheStatusReport {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastPoll, "lastPoll");
        Objects.requireNonNull(lastCensus, "lastCensus");
        Objects.requireNonNull(published, "published");
    }
}
