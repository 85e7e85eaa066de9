package org.saleskpi.bench;

import java.time.Clock;
import java.time.ZoneId;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.JiraJqlPeople;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * The app's issue source when the node cache is on (CachedIssueSource), over the bench's cache: what gadgets read on
 * the cache path. Each viewer's visibility comes from the simulated Jira's grants (its browsable projects and issue
 * security levels); the app's own policy over Jira's permission APIs is measured elsewhere, not here.
 */
final class CacheReads {
    private CacheReads() {
    }

    static IssueSource source(NodeCache node, SimulatedJira jira, JiraIssueSource today, Clock clock, ZoneId zone) {
        return new CachedIssueSource(node.cache(), today, jira.permissions().visibilityPolicy(),
                new JiraJqlPeople(jira.users(), jira.userSearch()), clock, zone);
    }
}
