package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.cluster.ClusterMessagingService;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheFeed;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.SimulatedCluster;

/** One node's half of the cluster messages: what it tells on its own events, what it does with the others'. */
class IssueMessagesTest {
    private final HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final SimulatedCluster bus = new SimulatedCluster();
    private final NodeEvents events = new NodeEvents();
    private final Feed feed = new Feed();
    private final FakeScheduler scheduler = new FakeScheduler();
    private SyncJobs jobs;
    private IssueMessages messages;

    /** The cache as the sync sees it, recording what it is asked; the scope's search finds nothing updated. */
    private static final class Feed implements CacheFeed, SystemSearch {
        final List<List<Long>> reloads = new ArrayList<>();
        final List<List<Long>> removes = new ArrayList<>();
        int rebuilds;

        @Override
        public Optional<String> scopeJql() {
            return Optional.of("project = SALES");
        }

        @Override
        public void reload(Collection<Long> issueIds) {
            reloads.add(List.copyOf(issueIds));
        }

        @Override
        public void remove(Collection<Long> issueIds) {
            removes.add(List.copyOf(issueIds));
        }

        @Override
        public Set<Long> ids() {
            return Set.of();
        }

        @Override
        public void rebuild() {
            rebuilds++;
        }

        @Override
        public List<Long> ids(String jql, int start, int max) {
            return List.of();
        }

        @Override
        public List<Issue> issues(List<Long> ids) {
            return List.of();
        }

        @Override
        public long count(String jql) {
            return 0;
        }
    }

    @BeforeEach
    void startTheNode() throws Exception {
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone("UTC"));
        jobs = new SyncJobs(scheduler, events, timeZones, feed, feed, new HeldSettings(), clock);
        jobs.afterPropertiesSet();
        messages = new IssueMessages(events, bus.node("here"), jobs);
        messages.afterPropertiesSet();
        scheduler.runDue(clock.instant());
        assertThat(feed.rebuilds).isEqualTo(1);
    }

    @Test
    void aDeletionOrAMoveHereIsToldToTheOtherNodesAndAnEditIsNot() {
        events.publish(NodeEvents.issueEvent(10_001L, EventType.ISSUE_DELETED_ID));
        events.publish(NodeEvents.issueEvent(10_002L, EventType.ISSUE_MOVED_ID));
        events.publish(NodeEvents.issueEvent(10_003L, EventType.ISSUE_UPDATED_ID));

        assertThat(bus.sent()).containsExactly("SalesKpiIssues:D10001", "SalesKpiIssues:M10002");
        // This node's own cache followed its events through IssueEvents, not through a message to itself.
        assertThat(feed.removes).containsExactly(List.of(10_001L));
        assertThat(feed.reloads).containsExactly(List.of(10_002L), List.of(10_003L));
    }

    @Test
    void anotherNodesDeletionGoesAtOnceAndItsMoveIsReadNowAndAtTheNextPoll() {
        messages.receive(IssueMessages.CHANNEL, "D10001,10004", "there");
        assertThat(feed.removes).containsExactly(List.of(10_001L, 10_004L));

        messages.receive(IssueMessages.CHANNEL, "M10002", "there");
        assertThat(feed.reloads).containsExactly(List.of(10_002L));

        clock.advance(Duration.ofSeconds(60));
        scheduler.runDue(clock.instant());
        // The poll found nothing updated in the scope, yet read the moved issue once more; the poll after does not.
        assertThat(feed.reloads).containsExactly(List.of(10_002L), List.of(10_002L));
        clock.advance(Duration.ofSeconds(60));
        scheduler.runDue(clock.instant());
        assertThat(feed.reloads).hasSize(2);
    }

    @Test
    void messagesOfOtherChannelsOrFormatsChangeNothing() {
        messages.receive("SomethingElse", "D10001", "there");
        messages.receive(IssueMessages.CHANNEL, "D10001;DROP", "there");
        messages.receive(IssueMessages.CHANNEL, "forget", "there");

        assertThat(feed.removes).isEmpty();
        assertThat(feed.reloads).isEmpty();
    }

    @Test
    void aMessageThatCannotBeSentDoesNotFailTheDeletion() {
        ClusterMessagingService broken = mock(ClusterMessagingService.class);
        doThrow(new IllegalStateException("no database")).when(broken).sendRemote(anyString(), anyString());
        new IssueMessages(events, broken, jobs).afterPropertiesSet();

        events.publish(NodeEvents.issueEvent(10_001L, EventType.ISSUE_DELETED_ID));

        verify(broken).sendRemote(IssueMessages.CHANNEL, "D10001");
        assertThat(feed.removes).containsExactly(List.of(10_001L));
        assertThat(bus.sent()).containsExactly("SalesKpiIssues:D10001");
    }

    @Test
    void theConsumerAndTheListenerLeaveWithThePlugin() {
        ClusterMessagingService cluster = mock(ClusterMessagingService.class);
        IssueMessages bean = new IssueMessages(events, cluster, jobs);
        bean.afterPropertiesSet();
        verify(cluster).registerListener(IssueMessages.CHANNEL, bean);
        assertThat(events.listeners).contains(bean);

        bean.destroy();

        verify(cluster).unregisterListener(IssueMessages.CHANNEL, bean);
        assertThat(events.listeners).doesNotContain(bean);
        assertThat(IssueMessages.CHANNEL).hasSizeLessThanOrEqualTo(20).matches("[A-Za-z0-9]+");
    }
}
