package org.saleskpi.jira.sync;

import com.atlassian.event.api.EventListener;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.util.Objects;

/**
 * Jira's issue events on this node, handed to the node's {@link CacheSync} as they come: a deletion removes the row,
 * every other issue event (created, updated, assigned, moved, a workflow transition's generic event, ...) reads the
 * issue again. Jira publishes the event only on the node where the change was made; the other nodes learn of an edit
 * through their poll, and of a deletion or a move through {@link IssueMessages}. Registered with Jira's EventPublisher
 * by {@link SyncJobs}.
 */
public final class IssueEvents {
    private final CacheSync sync;

    public IssueEvents(CacheSync sync) {
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        // Long fields: equals, never ==.
        if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            sync.deleted(issue.getId());
        } else {
            sync.changed(issue.getId());
        }
    }
}
