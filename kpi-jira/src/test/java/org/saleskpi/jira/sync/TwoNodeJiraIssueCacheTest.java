package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.filter.SearchRequestService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.user.util.UserManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.Visibility;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedJira;
import org.saleskpi.jira.simulated.SimulatedSystemSearch;

/**
 * The two-node freshness test over the app's own cache: each node runs a {@link JiraIssueCache} (the KPI profile's
 * scope {@code project = SALES}) kept by its {@link SyncJobs}, over one simulated Jira, and answers a viewer who may
 * browse SALES through its {@link CachedIssueSource}, as gadgets read it. Each node's searches are recorded too: every
 * issue object its cache materialised, with the status it had then.
 */
class TwoNodeJiraIssueCacheTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final ZoneId JIRA_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Duration POLL = Duration.ofSeconds(60);
    private static final UserRef VIEWER = new UserRef("vera", "Vera Viewer");

    private final HandClock cluster = new HandClock(START);
    private final SimulatedJira jira = SimulatedJira.create(JIRA_ZONE, cluster, JiraCost.free());
    private final SimulatedSystemSearch search = jira.systemSearch();
    private final HeldSettings settings = new HeldSettings();
    private final KpiProfile sales = new KpiProfile(1, "SALES", "Sales",
            DemoSalesModel.of(DemoSpec.of(1, 100, LocalDate.of(2025, 1, 1), JIRA_ZONE)), 1);
    private final List<Long> deals = new ArrayList<>();

    /** A node's view of Jira: the issues its cache materialised, with their status at that moment. */
    private static final class NodeReads implements SystemSearch {
        private final SystemSearch search;
        final List<String> read = new ArrayList<>();

        NodeReads(SystemSearch search) {
            this.search = search;
        }

        @Override
        public List<Long> ids(String jql, int start, int max) {
            return search.ids(jql, start, max);
        }

        @Override
        public List<Issue> issues(List<Long> ids) {
            List<Issue> issues = search.issues(ids);
            issues.forEach(issue -> read.add(issue.getId() + ":" + issue.getStatus().getName()));
            return issues;
        }

        @Override
        public long count(String jql) {
            return search.count(jql);
        }
    }

    private record Node(Clock clock, FakeScheduler scheduler, NodeEvents events, NodeReads reads,
            JiraIssueCache cache, CachedIssueSource gadgets) {
        void runDue() {
            scheduler.runDue(clock.instant());
        }

        /** The deal's status as this node's gadgets see it now (null: the node holds no such deal). */
        Object status(String key) {
            IssueTable table = gadgets.load(new IssueQuery("key = " + key, VIEWER, Set.of(Column.KEY, Column.STATUS),
                    JIRA_ZONE));
            return table.size() == 0 ? null : table.cell(Column.STATUS, 0);
        }
    }

    @BeforeEach
    void issues() {
        cluster.advance(Duration.ofHours(-1));
        for (int i = 0; i < 12; i++) {
            deals.add(jira.addDeal(i % 3 == 2 ? "CRM" : "SALES", "Open"));
        }
        cluster.advance(Duration.ofHours(1));
    }

    private Node start(String name) throws Exception {
        TimeZoneManager timeZones = mock(TimeZoneManager.class);
        when(timeZones.getDefaultTimezone()).thenReturn(TimeZone.getTimeZone(JIRA_ZONE));
        CustomFieldManager customFields = mock(CustomFieldManager.class);
        JiraIssueHistories histories = new JiraIssueHistories(mock(ChangeHistoryManager.class), customFields,
                mock(StatusManager.class), JIRA_ZONE);
        NodeReads reads = new NodeReads(search);
        JiraIssueCache cache = new JiraIssueCache(reads, customFields, histories, () -> List.of(sales), settings,
                name, cluster, JIRA_ZONE);
        FakeScheduler scheduler = new FakeScheduler();
        NodeEvents events = new NodeEvents();
        new SyncJobs(scheduler, events, timeZones, cache, reads, settings, cluster).afterPropertiesSet();
        JiraIssueSource viewerSearch = new JiraIssueSource(new SearchServiceIssueSearch(mock(SearchService.class)),
                customFields, mock(SearchRequestService.class), mock(ProjectManager.class),
                mock(PermissionManager.class), mock(UserManager.class), histories, JIRA_ZONE);
        CachedIssueSource gadgets = new CachedIssueSource(cache, viewerSearch,
                (user, projects) -> new Visibility(Set.of("SALES"), Set.of()), JqlPeople.NONE, cluster, JIRA_ZONE);
        Node node = new Node(cluster, scheduler, events, reads, cache, gadgets);
        node.runDue();
        return node;
    }

    private Duration until(BooleanSupplier seen, Duration atMost, Node... nodes) {
        return SecondBySecond.until(seen, atMost, () -> {
            cluster.advance(Duration.ofSeconds(1));
            for (Node node : nodes) {
                node.runDue();
            }
        });
    }

    @Test
    void bothNodesBuildTheProfilesScopeAndAnEditOnAReachesBByItsPollWithinOnePollInterval() throws Exception {
        Node a = start("node-a");
        cluster.advance(Duration.ofSeconds(20));
        Node b = start("node-b");
        // 12 deals, every third in CRM: 8 in SALES.
        assertThat(a.cache().status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(b.cache().status().issues()).isEqualTo(8);
        long deal = deals.get(0);
        String key = jira.issue(deal).orElseThrow().key();
        assertThat(a.status(key)).isEqualTo("Open");
        assertThat(b.status(key)).isEqualTo("Open");
        a.reads().read.clear();
        b.reads().read.clear();

        cluster.advance(Duration.ofSeconds(7));
        jira.edit(deal, "Won");
        a.events().publish(NodeEvents.issueEvent(deal, EventType.ISSUE_UPDATED_ID));

        assertThat(a.status(key)).isEqualTo("Won");
        assertThat(b.status(key)).isEqualTo("Open");
        assertThat(a.reads().read).containsExactly(deal + ":Won");
        assertThat(b.reads().read).isEmpty();
        Duration delay = until(() -> "Won".equals(b.status(key)), POLL, a, b);

        // B polls at 20 s past each minute; the edit came 7 s after its start, so 53 s before B's first poll.
        assertThat(delay).isEqualTo(Duration.ofSeconds(53));
        // B read that deal only: its poll's work follows the edits, not the scope.
        assertThat(b.reads().read).containsOnly(deal + ":Won");
        assertThat(b.cache().status().lastSync()).contains(cluster.instant());
    }

    @Test
    void aDeletionOnAReachesAAtOnceAndBByItsCensusAndAMoveOutLeavesBoth() throws Exception {
        Node a = start("node-a");
        Node b = start("node-b");
        long deleted = deals.get(1);
        long moved = deals.get(3);

        jira.delete(deleted);
        a.events().publish(NodeEvents.issueEvent(deleted, EventType.ISSUE_DELETED_ID));
        jira.move(moved, "CRM");
        a.events().publish(NodeEvents.issueEvent(moved, EventType.ISSUE_MOVED_ID));

        assertThat(a.cache().ids()).doesNotContain(deleted, moved).hasSize(6);
        assertThat(b.cache().ids()).contains(deleted, moved);
        Duration delay = until(() -> !b.cache().ids().contains(deleted) && !b.cache().ids().contains(moved),
                SyncJobs.CENSUS_EVERY, a, b);

        assertThat(delay).isNotNull().isLessThanOrEqualTo(SyncJobs.CENSUS_EVERY);
        assertThat(b.cache().ids()).isEqualTo(a.cache().ids());
        assertThat(b.status(jira.issue(moved).orElseThrow().key())).isNull();
    }
}
