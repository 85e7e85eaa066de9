package org.saleskpi.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.bridge.SearchServiceSystemSearch;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.IssueEvent;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * The node's issue cache over the simulated Jira as the app wires it: filled through Jira's permission-override
 * search for the profile's scope, and kept in step by the issue events published on its node (an update or creation
 * reloads the issue, a deletion removes it), as the app's event listener does.
 */
final class NodeCache {
    private final JiraIssueCache cache;

    NodeCache(SimulatedJira jira, KpiProfile profile, String node, Clock clock, ZoneId jiraZone) {
        JiraIssueHistories histories = new JiraIssueHistories(jira.changeHistories(), jira.customFields(),
                jira.statuses(), jiraZone);
        this.cache = new JiraIssueCache(new SearchServiceSystemSearch(jira.searchService()), jira.customFields(),
                histories, () -> List.of(profile), new HeldSettings(), node, clock, jiraZone);
        jira.listen(node, event -> {
            if (event.kind() == IssueEvent.Kind.DELETED) {
                cache.remove(List.of(event.issueId()));
            } else {
                cache.reload(List.of(event.issueId()));
            }
        });
    }

    JiraIssueCache cache() {
        return cache;
    }
}
