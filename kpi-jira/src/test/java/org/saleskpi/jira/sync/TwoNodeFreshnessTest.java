package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedJira;
import org.saleskpi.jira.simulated.SimulatedSystemSearch;

/**
 * Two cluster nodes over one simulated Jira (one database of issues): each node has its own cache (in the shared
 * IssueIndex), its own scheduler running its local jobs, its own event publisher and its own clock. An issue event is
 * published only on the node where the change was made, as Jira does; the other node must learn of the change
 * through its poll (edits, within one poll interval) or its census (deletions, within one census interval).
 * The test clock moves one second at a time and each node runs what its scheduler has due.
 */
class TwoNodeFreshnessTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final ZoneId JIRA_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Duration POLL = Duration.ofSeconds(60);

    private final HandClock cluster = new HandClock(START);
    private final SimulatedJira jira = SimulatedJira.create(JIRA_ZONE, cluster, JiraCost.free());
    private final SimulatedSystemSearch search = jira.systemSearch();
    private final HeldSettings settings = new HeldSettings();
    private final List<Long> deals = new ArrayList<>();

    /** One node: its clock, scheduler, event publisher, cache and sync. */
    private record Node(Clock clock, FakeScheduler scheduler, NodeEvents events, NodeCache cache, SyncJobs jobs) {
        void runDue() {
            scheduler.runDue(clock.instant());
        }

        String status(long id) {
            NodeCache.Held held = cache.held(id);
            return held == null ? null : held.status();
        }
    }

    @BeforeEach
    void issues() {
        cluster.advance(Duration.ofHours(-1));
        for (int i = 0; i < 20; i++) {
            deals.add(jira.addDeal(i % 4 == 3 ? "CRM" : "SALES", "Open"));
        }
        cluster.advance(Duration.ofHours(1));
    }

    private Node start(Duration skew) throws Exception {
        Clock clock = Clock.offset(cluster, skew);
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(JIRA_ZONE));
        FakeScheduler scheduler = new FakeScheduler();
        NodeEvents events = new NodeEvents();
        NodeCache cache = new NodeCache(search, "project = SALES");
        SyncJobs jobs = new SyncJobs(scheduler, events, timeZones, cache, search, settings, clock);
        jobs.afterPropertiesSet();
        Node node = new Node(clock, scheduler, events, cache, jobs);
        node.runDue();
        return node;
    }

    /** Moves the cluster's time second by second, both nodes running their due jobs, until {@code seen} holds. */
    private Duration until(Predicate<Void> seen, Duration atMost, Node... nodes) {
        return SecondBySecond.until(() -> seen.test(null), atMost, () -> {
            cluster.advance(Duration.ofSeconds(1));
            for (Node node : nodes) {
                node.runDue();
            }
        });
    }

    @Test
    void anEditOnNodeAReachesAAtOnceAndNodeBThroughItsPollWithinOnePollInterval() throws Exception {
        Node a = start(Duration.ZERO);
        cluster.advance(Duration.ofSeconds(25));
        Node b = start(Duration.ZERO);
        long deal = deals.get(0);
        assertThat(a.status(deal)).isEqualTo("Open");
        assertThat(b.status(deal)).isEqualTo("Open");
        List<Duration> delays = new ArrayList<>();

        // Five edits at different moments of B's poll cycle (B polls at 25 s past each minute).
        String[] statuses = {"Proposal", "Negotiation", "Won", "Reopened", "Lost"};
        int[] waitBefore = {3, 17, 41, 59, 30};
        for (int i = 0; i < statuses.length; i++) {
            until(none -> false, Duration.ofSeconds(waitBefore[i]), a, b);
            jira.edit(deal, statuses[i]);
            a.events().publish(NodeEvents.issueEvent(deal, EventType.ISSUE_UPDATED_ID));

            assertThat(a.status(deal)).isEqualTo(statuses[i]);
            assertThat(b.status(deal)).isNotEqualTo(statuses[i]);
            String expected = statuses[i];
            Duration delay = until(none -> expected.equals(b.status(deal)), POLL, a, b);
            assertThat(delay).as("B saw %s", expected).isNotNull();
            delays.add(delay);
        }

        // B polls at 10:01:25, 10:02:25, ...: an edit made s seconds after a poll is seen 60 - s seconds later.
        assertThat(delays).allSatisfy(delay -> assertThat(delay).isPositive().isLessThanOrEqualTo(POLL));
        assertThat(b.events().listeners).singleElement().isInstanceOf(IssueEvents.class);
        // B read the deal again only in its polls, and only the deal: the work follows the edits.
        assertThat(b.cache().reloads).containsOnly(List.of(deal));
        assertThat(b.cache().rebuilds).isEqualTo(1);
    }

    @Test
    void aDeletionOnNodeAReachesAAtOnceAndNodeBThroughItsCensus() throws Exception {
        Node a = start(Duration.ZERO);
        Node b = start(Duration.ZERO);
        long deal = deals.get(1);

        jira.delete(deal);
        a.events().publish(NodeEvents.issueEvent(deal, EventType.ISSUE_DELETED_ID));

        assertThat(a.cache().ids()).doesNotContain(deal);
        assertThat(b.cache().ids()).contains(deal);
        // A poll cannot see a deletion: an issue that is gone is updated at no time.
        until(none -> false, POLL.plusSeconds(1), a, b);
        assertThat(b.cache().ids()).contains(deal);
        Duration delay = until(none -> !b.cache().ids().contains(deal), SyncJobs.CENSUS_EVERY, a, b);

        assertThat(delay).isNotNull();
        assertThat(POLL.plusSeconds(1).plus(delay)).isLessThanOrEqualTo(SyncJobs.CENSUS_EVERY);
        assertThat(b.cache().removes).containsExactly(List.of(deal));
        assertThat(a.cache().ids()).isEqualTo(b.cache().ids()).hasSize(14);
    }

    @Test
    void aBulkEditNoNodeHeardOfReachesBothNodesWithinOnePollInterval() throws Exception {
        Node a = start(Duration.ZERO);
        cluster.advance(Duration.ofSeconds(40));
        Node b = start(Duration.ZERO);
        List<Long> sales = deals.stream().filter(id -> jira.issue(id).orElseThrow().project().equals("SALES")).toList();

        // A script or an import: 15 issues changed, no event on any node.
        sales.forEach(id -> jira.edit(id, "Won"));
        long moved = sales.get(0);
        jira.move(moved, "CRM");

        Duration delay = until(none -> sales.stream().skip(1)
                .allMatch(id -> "Won".equals(a.status(id)) && "Won".equals(b.status(id))), POLL, a, b);

        assertThat(delay).isNotNull().isLessThanOrEqualTo(POLL);
        // A move out of the scope is not in the poll's scoped window: without an event it leaves by the census.
        assertThat(a.cache().ids()).contains(moved);
        Duration gone = until(none -> !a.cache().ids().contains(moved) && !b.cache().ids().contains(moved),
                SyncJobs.CENSUS_EVERY, a, b);
        assertThat(gone).isNotNull();
        assertThat(a.cache().ids()).isEqualTo(b.cache().ids()).hasSize(14);
    }

    @Test
    void nodeClocksApartByLessThanTheLookBackLoseNoEdit() throws Exception {
        // B's clock runs 90 s ahead of A's, within the 2 min look-back. A stamps the edit with its own time; B's
        // window starts at its last poll by B's clock less 2 min, which is 30 s before that poll by A's: the edit,
        // made after the poll, is inside it.
        Node a = start(Duration.ZERO);
        Node b = start(Duration.ofSeconds(90));
        long deal = deals.get(2);

        for (int second : new int[] {1, 29, 58}) {
            until(none -> false, Duration.ofSeconds(second), a, b);
            String status = "Won after " + second;
            jira.stamp(deal, status, a.clock().instant());
            a.events().publish(NodeEvents.issueEvent(deal, EventType.ISSUE_UPDATED_ID));

            Duration delay = until(none -> status.equals(b.status(deal)), POLL, a, b);
            assertThat(delay).as(status).isNotNull().isLessThanOrEqualTo(POLL);
        }
    }
}
