package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.crowd.event.group.GroupMembershipDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.demo.DemoSalesModel;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.jira.JiraIssueHistories;
import org.saleskpi.jira.JiraIssueSource;
import org.saleskpi.jira.bridge.SearchServiceIssueSearch;
import org.saleskpi.jira.bridge.SearchServiceSystemSearch;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.cache.CachedIssueSource;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.permission.JiraVisibilityPolicy;
import org.saleskpi.jira.permission.PermissionChanges;
import org.saleskpi.jira.permission.SimulatedEvents;
import org.saleskpi.jira.permission.SimulatedPermissions;
import org.saleskpi.jira.permission.SimulatedPermissions.Grant;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.IssueEvent;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedCluster;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * Two nodes of one simulated Jira joined by Jira's cluster messages ({@link SimulatedCluster}), each running the app
 * as it is wired: its own issue cache kept by its {@link SyncJobs}, its {@link IssueMessages}, its own
 * {@link JiraVisibilityPolicy} told of changes by {@link PermissionChanges}, and gadgets reading through
 * {@link CachedIssueSource}. Jira's events (issue and permission) are published on the node where the change was made
 * only. A message sent on one node is read by the other when the test delivers it (Jira reads them from its database
 * every few seconds); the clock does not move meanwhile, so neither the census, the poll nor the 10-second expiry can
 * be what made the other node right. The census and the expiry still make it right when the message is lost.
 */
class ClusterMessagesTwoNodeTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final Set<String> ALL_SALES = Set.of("SALES-1", "SALES-2", "SALES-3", "SALES-4");

    private final HandClock clock = new HandClock(START);
    private final SimulatedJira jira = SimulatedJira.create(ZONE, clock, JiraCost.free());
    private final SimulatedCluster bus = new SimulatedCluster();
    private final HeldSettings settings = new HeldSettings();
    /** Who may browse SALES: the group sales, ann and bob. */
    private final SimulatedPermissions permissions = new SimulatedPermissions().user("ann", "bob")
            .group("sales", "ann", "bob").project("SALES", Grant.group("sales"));
    private final KpiProfile sales = new KpiProfile(1, "SALES", "Sales", DemoSalesModel.of(new DemoSpec(1, 100,
            LocalDate.of(2025, 1, 1), 12, ZONE, "SALES", 3)), 1);

    private record Node(FakeScheduler scheduler, JiraIssueCache cache, SimulatedEvents permissionEvents,
            CachedIssueSource gadgets) {
        void runDue(Instant now) {
            scheduler.runDue(now);
        }

        /** The SALES keys the user's gadgets read on this node now. */
        Set<String> rows(String user) {
            IssueTable table = gadgets.load(new IssueQuery("project = SALES", new UserRef(user, user),
                    Set.of(Column.KEY), ZONE));
            Set<String> keys = new TreeSet<>();
            for (int row = 0; row < table.size(); row++) {
                keys.add(table.keys().key(row));
            }
            return keys;
        }
    }

    ClusterMessagesTwoNodeTest() {
        jira.addUser("ann", "Ann");
        jira.addUser("bob", "Bob");
        for (int i = 1; i <= 4; i++) {
            jira.add(IssueRecord.builder("SALES-" + i, "SALES").type("Deal").status("Open", StatusCategory.TO_DO)
                    .created(START.minus(Duration.ofDays(3))).updated(START.minus(Duration.ofDays(2))).build(),
                    null, null);
        }
        jira.add(IssueRecord.builder("CRM-1", "CRM").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(START.minus(Duration.ofDays(3))).build(), null, null);
    }

    private Node start(String name) throws Exception {
        JiraIssueHistories histories = new JiraIssueHistories(jira.changeHistories(), jira.customFields(),
                jira.statuses(), ZONE);
        SystemSearch system = new SearchServiceSystemSearch(jira.searchService());
        JiraIssueCache cache = new JiraIssueCache(system, jira.customFields(), histories, () -> List.of(sales),
                settings, name, clock, ZONE);
        FakeScheduler scheduler = new FakeScheduler();
        NodeEvents events = new NodeEvents();
        SyncJobs jobs = new SyncJobs(scheduler, events, jira.timeZones(), cache, system, settings, clock);
        jobs.afterPropertiesSet();
        new IssueMessages(events, bus.node(name), jobs).afterPropertiesSet();
        // Jira's issue events of this node, as its event publisher hands them to the app.
        jira.listen(name, event -> events.publish(NodeEvents.issueEvent(event.issueId(),
                event.kind() == IssueEvent.Kind.DELETED ? EventType.ISSUE_DELETED_ID : EventType.ISSUE_UPDATED_ID)));
        SimulatedEvents permissionEvents = new SimulatedEvents();
        JiraVisibilityPolicy policy = permissions.policy(clock);
        new PermissionChanges(permissionEvents, bus.node(name), policy);
        JiraIssueSource asTheViewer = new JiraIssueSource(new SearchServiceIssueSearch(jira.searchService()),
                jira.customFields(), jira.filters(), jira.projects(), jira.permissions(), jira.users(), histories,
                ZONE);
        Node node = new Node(scheduler, cache, permissionEvents,
                new CachedIssueSource(cache, asTheViewer, policy, JqlPeople.NONE, clock, ZONE));
        node.runDue(clock.instant());
        return node;
    }

    /** Moves the clock second by second, both nodes running their due jobs, until {@code seen} holds. */
    private Duration until(BooleanSupplier seen, Duration atMost, Node... nodes) {
        return SecondBySecond.until(seen, atMost, () -> {
            clock.advance(Duration.ofSeconds(1));
            for (Node node : nodes) {
                node.runDue(clock.instant());
            }
        });
    }

    @Test
    void aDeletionOnAIsGoneOnBAsSoonAsBReadsTheMessage() throws Exception {
        Node a = start("node-a");
        Node b = start("node-b");
        long id = jira.id("SALES-2").orElseThrow();
        assertThat(b.rows("ann")).isEqualTo(ALL_SALES);

        jira.delete("SALES-2", "node-a");

        assertThat(a.cache().ids()).doesNotContain(id);
        assertThat(a.rows("ann")).doesNotContain("SALES-2");
        // B heard no event: it still holds the deal until the message is read.
        assertThat(b.rows("ann")).contains("SALES-2");
        assertThat(bus.sent()).containsExactly(IssueMessages.CHANNEL + ":D" + id);
        assertThat(bus.deliver()).isEqualTo(1);

        assertThat(b.cache().ids()).doesNotContain(id).isEqualTo(a.cache().ids()).hasSize(3);
        assertThat(b.rows("ann")).isEqualTo(Set.of("SALES-1", "SALES-3", "SALES-4"));
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void aLostDeletionMessageStillReachesBByItsCensus() throws Exception {
        Node a = start("node-a");
        Node b = start("node-b");
        long id = jira.id("SALES-2").orElseThrow();

        jira.delete("SALES-2", "node-a");
        bus.loseInFlight();
        assertThat(bus.deliver()).isZero();

        // The poll cannot see a deletion: B keeps the deal past a poll, until its census (every 10 minutes).
        assertThat(until(() -> !b.cache().ids().contains(id), Duration.ofSeconds(61), a, b)).isNull();
        Duration delay = until(() -> !b.cache().ids().contains(id), SyncJobs.CENSUS_EVERY, a, b);
        assertThat(delay).isNotNull();
        assertThat(Duration.ofSeconds(61).plus(delay)).isLessThanOrEqualTo(SyncJobs.CENSUS_EVERY);
        assertThat(b.cache().ids()).isEqualTo(a.cache().ids());
    }

    @Test
    void aPermissionRevokedOnAIsExactOnBWithoutWaitingForTheExpiry() throws Exception {
        Node a = start("node-a");
        Node b = start("node-b");
        assertThat(a.rows("bob")).isEqualTo(ALL_SALES);
        assertThat(b.rows("bob")).isEqualTo(ALL_SALES);

        permissions.removeFromGroup("sales", "bob");
        a.permissionEvents().publish(new GroupMembershipDeletedEvent());

        assertThat(a.rows("bob")).isEmpty();
        // B kept bob's answer of a moment ago and heard no event.
        assertThat(b.rows("bob")).isEqualTo(ALL_SALES);
        assertThat(bus.sent()).containsExactly(PermissionChanges.CHANNEL + ":forget");
        bus.deliver();

        assertThat(b.rows("bob")).isEmpty();
        assertThat(b.rows("ann")).isEqualTo(ALL_SALES);
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void aLostPermissionMessageIsMadeGoodByTheExpiryOnB() throws Exception {
        Node a = start("node-a");
        Node b = start("node-b");
        assertThat(b.rows("bob")).isEqualTo(ALL_SALES);

        permissions.removeFromGroup("sales", "bob");
        a.permissionEvents().publish(new GroupMembershipDeletedEvent());
        bus.loseInFlight();

        clock.advance(JiraVisibilityPolicy.DEFAULT_TIME_TO_LIVE.minus(Duration.ofMillis(1)));
        assertThat(b.rows("bob")).isEqualTo(ALL_SALES);
        clock.advance(Duration.ofMillis(1));
        assertThat(b.rows("bob")).isEmpty();
    }
}
