package org.saleskpi.jira.sync;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.cluster.ClusterMessageConsumer;
import com.atlassian.jira.cluster.ClusterMessagingService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Deletions and moves across the cluster (ADR 0032). Jira publishes an issue event on the node where the change was
 * made only; an edit reaches the other nodes by their poll, but a deletion or a move out of the scope leaves nothing
 * a poll can find, only the census (every {@link SyncJobs#CENSUS_EVERY}). So the node that hears an issue deleted or
 * moved tells the others through Jira's cluster messages ({@link IssueNotice}), and each drops the deleted rows and
 * reads the moved issues again at once. The census and the poll stay as they were: a lost message changes nothing but
 * the delay.
 *
 * <p>Registered on the channel and with Jira's event publisher when the plugin's context is built, and unregistered
 * when it closes, as {@link SyncJobs} does; this bean holds the consumer, which Jira keeps only weakly
 * (ClusterMessagingService javadoc, jira-api 6.3+; turgaycelik/mysource@ee01e28). A public app registers and
 * unregisters its consumer with its plugin's start and stop the same way (atlascommunity/jira-plugins-groovy@fe97d00,
 * ModuleReplicationService.java).
 */
public final class IssueMessages implements ClusterMessageConsumer, InitializingBean, DisposableBean {
    /** Alphanumeric and at most 20 characters, as ClusterMessagingService.sendRemote asks. */
    public static final String CHANNEL = "SalesKpiIssues";
    private static final Logger LOG = LoggerFactory.getLogger(IssueMessages.class);

    private final EventPublisher events;
    private final ClusterMessagingService cluster;
    private final SyncJobs jobs;

    public IssueMessages(EventPublisher events, ClusterMessagingService cluster, SyncJobs jobs) {
        this.events = Objects.requireNonNull(events, "events");
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
    }

    @Override
    public void afterPropertiesSet() {
        cluster.registerListener(CHANNEL, this);
        events.register(this);
    }

    @Override
    public void destroy() {
        events.unregister(this);
        cluster.unregisterListener(CHANNEL, this);
    }

    /** This node's deletions and moves, told to the others; this node's own cache follows through {@link IssueEvents}. */
    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        // Long fields: equals, never ==.
        if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
            tell(new IssueNotice(IssueNotice.Kind.DELETED, List.of(issue.getId())));
        } else if (EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId())) {
            tell(new IssueNotice(IssueNotice.Kind.MOVED, List.of(issue.getId())));
        }
    }

    @Override
    public void receive(String channel, String message, String senderId) {
        if (!CHANNEL.equals(channel)) {
            return;
        }
        IssueNotice.parse(message).ifPresent(notice -> {
            switch (notice.kind()) {
                case DELETED -> jobs.sync().deleted(notice.issueIds());
                case MOVED -> jobs.sync().recheck(notice.issueIds());
            }
        });
    }

    /** A message that cannot be sent must not fail the deletion or move: the census still finds it. */
    private void tell(IssueNotice notice) {
        try {
            for (String message : notice.messages()) {
                cluster.sendRemote(CHANNEL, message);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the other nodes about {}; their census finds it within {}", notice,
                    SyncJobs.CENSUS_EVERY, e);
        }
    }
}
