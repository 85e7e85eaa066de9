package org.saleskpi.bench;

import java.time.Clock;
import java.util.Optional;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * The app's issue source when the node cache is on, over the bench's cache: what gadgets read on the cache path.
 * Empty while this build has no read side of the cache (CachedIssueSource, of the cache's own part of issue 14).
 */
final class CacheReads {
    private CacheReads() {
    }

    static Optional<IssueSource> source(NodeCache node, SimulatedJira jira, JiraIssueSource today, Clock clock) {
        return Optional.empty();
    }
}
