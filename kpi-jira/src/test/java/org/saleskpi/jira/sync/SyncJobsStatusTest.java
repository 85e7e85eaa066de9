package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CacheStatusBoard;
import org.saleskpi.jira.cache.CacheStatusNodes;
import org.saleskpi.jira.cache.CacheStatusPublisher;
import org.saleskpi.jira.cache.CacheStatusReport;
import org.saleskpi.jira.cache.MemoryPluginSettings;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.SimulatedMembership;

/**
 * Two nodes' sync jobs on their own schedulers publish each node's cache as their steps end, into one store of SAL's
 * global plugin settings: node A's admin page follows node B's build, polls and census without B answering it. Jira
 * here holds no issue in the scope; the jobs' timing and what is published are the subject.
 */
class SyncJobsStatusTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

    private final HandClock clock = new HandClock(START);
    private final MemoryPluginSettings database = new MemoryPluginSettings();
    private final HeldSettings settings = new HeldSettings();
    private final SimulatedMembership cluster = new SimulatedMembership();
    private Node a;
    private Node b;

    /** A node's cache as its jobs drive it: built once rebuild() ran, failing a reload when told. */
    private static final class Feed implements CacheFeed {
        volatile boolean built;
        volatile boolean failReload;

        @Override
        public Optional<String> scopeJql() {
            return Optional.of("project = SALES");
        }

        @Override
        public void reload(Collection<Long> issueIds) {
        }

        @Override
        public void remove(Collection<Long> issueIds) {
        }

        @Override
        public Set<Long> ids() {
            return Set.of();
        }

        @Override
        public void rebuild() {
            built = true;
        }

        CacheStatus status() {
            return new CacheStatus("", built ? CacheStatus.Phase.READY : CacheStatus.Phase.WARMING, built ? 100 : 0,
                    0, 0, 0, Optional.empty(), 0, Optional.empty());
        }
    }

    /** Jira's search over an empty scope; it fails while told to. */
    private static final class EmptyJira implements SystemSearch {
        volatile boolean down;

        @Override
        public List<Long> ids(String jql, int start, int max) {
            if (down) {
                throw new IllegalStateException("Jira's search failed");
            }
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

    private final class Node {
        final Feed feed = new Feed();
        final EmptyJira jira = new EmptyJira();
        final FakeScheduler scheduler = new FakeScheduler();
        final CacheStatusNodes page;

        Node(String id) throws Exception {
            TimeZoneManager timeZones = mock(TimeZoneManager.class);
            when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(ZoneId.of("Asia/Tokyo")));
            CacheStatusBoard board = new CacheStatusBoard(database);
            CacheStatusPublisher publisher = new CacheStatusPublisher(cluster.node(id), feed::status, board, clock);
            page = new CacheStatusNodes(publisher, board, cluster.node(id), settings, clock);
            new SyncJobs(scheduler, mock(EventPublisher.class), timeZones, feed, jira, settings, clock, publisher)
                    .afterPropertiesSet();
        }

        List<JobRunnerResponse> runDue() {
            return scheduler.runDue(clock.instant());
        }

        CacheStatusReport seenBy(Node other) {
            return other.page.rows().stream().filter(row -> row.state() != CacheStatusNodes.State.THIS)
                    .findFirst().orElseThrow().report().orElseThrow();
        }
    }

    @BeforeEach
    void nodes() throws Exception {
        a = new Node("node-a");
        b = new Node("node-b");
    }

    @Test
    void bsBuildPollsAndCensusReachAsPageAsEachStepEnds() {
        b.runDue();
        // The build job ran at 10:00: B is ready, has not polled yet.
        CacheStatusReport built = b.seenBy(a);
        assertThat(built.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(built.lastPoll()).isEmpty();
        assertThat(built.published()).isEqualTo(START);

        clock.advance(Duration.ofSeconds(60));
        b.runDue();
        // The poll at 10:01 read its (empty) window.
        assertThat(b.seenBy(a).lastPoll()).contains(START.plusSeconds(60));
        assertThat(b.seenBy(a).lastCensus()).isEmpty();

        clock.advance(Duration.ofMinutes(9));
        b.runDue();
        // Nine more polls and the census, all at or before 10:10.
        assertThat(b.seenBy(a).lastPoll()).contains(START.plusSeconds(600));
        assertThat(b.seenBy(a).lastCensus()).contains(START.plusSeconds(600));
        assertThat(a.page.rows().get(1).state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }

    @Test
    void aNodeWhosePollsFailStaysReportingWithTheErrorAndAStoppedNodeGoesSilent() {
        b.runDue();
        b.jira.down = true;
        clock.advance(Duration.ofSeconds(60));

        assertThat(b.runDue()).extracting(JobRunnerResponse::getRunOutcome).containsExactly(RunOutcome.FAILED);
        CacheStatusReport failing = b.seenBy(a);
        assertThat(failing.status().lastError()).contains("The cache's poll failed: Jira's search failed");
        assertThat(failing.lastPoll()).isEmpty();
        assertThat(failing.published()).isEqualTo(START.plusSeconds(60));

        // B's jobs stop running (its scheduler is stuck) while Jira still lists it: 3 x 60 s later it is not reporting.
        clock.advance(Duration.ofSeconds(181));
        a.runDue();
        assertThat(a.page.rows().get(1).state()).isEqualTo(CacheStatusNodes.State.NOT_REPORTING);
    }
}
