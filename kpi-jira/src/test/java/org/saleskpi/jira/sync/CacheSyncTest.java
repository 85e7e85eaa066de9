package org.saleskpi.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.jira.event.type.EventType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.bridge.SystemSearch;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.JiraCost;
import org.saleskpi.jira.simulated.SimulatedJira;
import org.saleskpi.jira.simulated.SimulatedSystemSearch;

/**
 * One node's sync over a simulated Jira and a fake clock. Jira's default zone is Tokyo (UTC+9), so that a poll
 * written in UTC would read the wrong nine hours.
 */
class CacheSyncTest {
    private static final ZoneId JIRA_ZONE = ZoneId.of("Asia/Tokyo");
    private static final Instant BUILD = Instant.parse("2026-12-05T10:00:30Z");

    private final HandClock clock = new HandClock(BUILD);
    private final SimulatedJira jira = SimulatedJira.create(JIRA_ZONE, clock, JiraCost.free());
    private final SimulatedSystemSearch search = jira.systemSearch();
    private final HeldSettings settings = new HeldSettings();
    private NodeCache cache;
    private CacheSync sync;
    private IssueEvents events;
    private long a;
    private long b;
    private long c;

    @BeforeEach
    void oneNode() {
        clock.advance(Duration.ofHours(-1));
        a = jira.addDeal("SALES", "Open");
        b = jira.addDeal("SALES", "Open");
        c = jira.addDeal("CRM", "Open");
        clock.advance(Duration.ofHours(1));
        cache = new NodeCache(search, "project = SALES");
        sync = new CacheSync(cache, search, settings, clock, () -> JIRA_ZONE);
        events = new IssueEvents(sync);
    }

    @Test
    void theFirstBuildReadsTheScopeAndItsStartBecomesTheWatermark() {
        assertThat(sync.watermark()).isEmpty();

        assertThat(sync.build()).isTrue();

        assertThat(cache.ids()).containsExactlyInAnyOrder(a, b);
        assertThat(sync.watermark()).contains(BUILD);
    }

    @Test
    void beforeTheFirstBuildEventsAndTheCensusReadNothing() {
        events.onIssueEvent(NodeEvents.issueEvent(a, EventType.ISSUE_UPDATED_ID));

        assertThat(sync.census()).isZero();
        assertThat(cache.reloads).isEmpty();
        assertThat(search.searches()).isEmpty();
    }

    @Test
    void anIssueEventOfThisNodeReloadsOrRemovesTheIssueAtOnce() {
        sync.build();
        clock.advance(Duration.ofSeconds(5));

        jira.edit(a, "Won");
        events.onIssueEvent(NodeEvents.issueEvent(a, EventType.ISSUE_UPDATED_ID));
        assertThat(cache.held(a).status()).isEqualTo("Won");

        long d = jira.addDeal("SALES", "Open");
        events.onIssueEvent(NodeEvents.issueEvent(d, EventType.ISSUE_CREATED_ID));
        assertThat(cache.held(d).status()).isEqualTo("Open");

        jira.move(b, "CRM");
        events.onIssueEvent(NodeEvents.issueEvent(b, EventType.ISSUE_MOVED_ID));
        assertThat(cache.ids()).doesNotContain(b);

        jira.delete(d);
        events.onIssueEvent(NodeEvents.issueEvent(d, EventType.ISSUE_DELETED_ID));

        assertThat(cache.ids()).containsExactly(a);
        assertThat(cache.reloads).containsExactly(List.of(a), List.of(d), List.of(b));
        assertThat(cache.removes).containsExactly(List.of(d));
        // No poll ran: the watermark is still the build's.
        assertThat(sync.watermark()).contains(BUILD);
    }

    @Test
    void thePollReadsWhatWasUpdatedSinceTheWatermarkLessTheLookBackToTheMinuteInJirasZone() {
        sync.build();
        // Two commits that became visible after the build, stamped before it (a slow commit, a node's clock behind).
        // The window starts at 10:00:30 - 2 min = 09:58:30, down to the minute: 09:58:00 UTC = 18:58 in Tokyo.
        // a, stamped 09:58:10, is inside it; b, stamped 09:57:50, is 10 s before it and is not read.
        jira.stamp(a, "Won", Instant.parse("2026-12-05T09:58:10Z"));
        jira.stamp(b, "Lost", Instant.parse("2026-12-05T09:57:50Z"));
        clock.advance(Duration.ofMinutes(1));

        CacheSync.Poll poll = sync.poll();

        assertThat(search.searches()).filteredOn(jql -> jql.contains("updated"))
                .containsExactly("(project = SALES) AND updated >= \"2026/12/05 18:58\"");
        assertThat(poll).isEqualTo(new CacheSync.Poll(CacheSync.Poll.Step.READ, 1));
        assertThat(cache.reloads).containsExactly(List.of(a));
        assertThat(cache.held(a).status()).isEqualTo("Won");
        assertThat(cache.held(b).status()).isEqualTo("Open");
        assertThat(sync.watermark()).contains(BUILD.plus(Duration.ofMinutes(1)));
    }

    @Test
    void theWatermarkMovesOnlyAfterASuccessfulReload() {
        sync.build();
        clock.advance(Duration.ofMinutes(1));
        jira.edit(a, "Won");
        cache.failingReloads = 1;

        assertThatThrownBy(sync::poll).isInstanceOf(IllegalStateException.class);
        assertThat(sync.watermark()).contains(BUILD);

        clock.advance(Duration.ofMinutes(1));
        sync.poll();

        // The second poll reads the first one's window again: from the build's 10:00:30 less 2 min, 18:58 in Tokyo.
        assertThat(search.searches()).filteredOn(jql -> jql.contains("updated"))
                .containsExactly("(project = SALES) AND updated >= \"2026/12/05 18:58\"",
                        "(project = SALES) AND updated >= \"2026/12/05 18:58\"");
        assertThat(cache.held(a).status()).isEqualTo("Won");
        assertThat(sync.watermark()).contains(BUILD.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aFailedSearchLeavesTheWatermarkToo() {
        sync.build();
        SystemSearch failing = new FailingSearch(search);
        CacheSync broken = new CacheSync(cache, failing, settings, clock, () -> JIRA_ZONE);
        broken.build();
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(broken::poll).hasMessageContaining("search is down");
        assertThat(broken.watermark()).contains(BUILD);
    }

    @Test
    void theCensusRemovesIssuesDeletedOrMovedOutOfTheScopeWhereNoEventReachedThisNode() {
        sync.build();
        long d = jira.addDeal("SALES", "Open");
        cache.reload(List.of(d));
        // On another node, so no event here.
        jira.delete(a);
        jira.move(b, "CRM");

        assertThat(sync.census()).isEqualTo(2);

        assertThat(cache.ids()).containsExactly(d);
        assertThat(cache.removes).containsExactly(List.of(a, b));
    }

    @Test
    void theCensusKeepsAnIssueThatADeletionBetweenTwoPagesHidFromItsRead() {
        // 1 200 issues in scope (a, b and 1 198 more): two pages of 1 000. Right after the census reads the first page,
        // an issue of it (the 11th) is deleted elsewhere, so the second page starts one issue later: the 1 001st
        // issue, live, is in neither page. The census must not remove it; the deleted one, read in the first page,
        // goes at the next census.
        clock.advance(Duration.ofHours(-1));
        for (int i = 0; i < 1_198; i++) {
            jira.addDeal("SALES", "Open");
        }
        clock.advance(Duration.ofHours(1));
        List<Long> scope = search.ids("project = SALES", 0, 2_000);
        assertThat(scope).hasSize(1_200);
        long deleted = scope.get(10);
        long hidden = scope.get(1_000);
        DeletingSearch racing = new DeletingSearch(jira, search, deleted);
        CacheSync census = new CacheSync(cache, racing, settings, clock, () -> JIRA_ZONE);
        census.build();

        assertThat(census.census()).isZero();

        assertThat(racing.paged).hasSize(1_199).contains(deleted).doesNotContain(hidden);
        assertThat(cache.ids()).hasSize(1_200).contains(hidden);
        assertThat(search.searches()).last().isEqualTo("(project = SALES) AND (id in (" + hidden + "))");

        assertThat(census.census()).isEqualTo(1);
        assertThat(cache.ids()).hasSize(1_199).contains(hidden).doesNotContain(deleted);
        assertThat(cache.removes).containsExactly(List.of(deleted));
    }

    @Test
    void theKillSwitchStopsTheSyncAndLiftingItBuildsAgain() {
        sync.build();
        settings.enabled(false);
        clock.advance(Duration.ofMinutes(1));
        int searches = search.searches().size();

        assertThat(sync.poll()).isEqualTo(CacheSync.Poll.OFF);
        events.onIssueEvent(NodeEvents.issueEvent(a, EventType.ISSUE_UPDATED_ID));
        assertThat(sync.census()).isZero();

        assertThat(sync.watermark()).isEmpty();
        assertThat(search.searches()).hasSize(searches);
        assertThat(cache.reloads).isEmpty();

        settings.enabled(true);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sync.poll()).isEqualTo(CacheSync.Poll.BUILT);
        assertThat(cache.rebuilds).isEqualTo(2);
        assertThat(sync.watermark()).contains(BUILD.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aFailedFirstBuildIsTriedAgainByTheNextPoll() {
        cache.failingRebuilds = 1;

        assertThatThrownBy(sync::build).hasMessageContaining("while building");
        assertThat(sync.watermark()).isEmpty();
        clock.advance(Duration.ofMinutes(1));

        assertThat(sync.poll()).isEqualTo(CacheSync.Poll.BUILT);
        assertThat(cache.ids()).containsExactlyInAnyOrder(a, b);
        assertThat(sync.watermark()).contains(BUILD.plus(Duration.ofMinutes(1)));
    }

    @Test
    void anAdminsNewMaximumRebuildsAtTheNextPollThenPollsAsBefore() {
        sync.build();
        settings.maxIssues(5_000_000);
        clock.advance(Duration.ofMinutes(1));

        assertThat(sync.poll()).isEqualTo(CacheSync.Poll.BUILT);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sync.poll().step()).isEqualTo(CacheSync.Poll.Step.READ);
        assertThat(cache.rebuilds).isEqualTo(2);
    }

    @Test
    void anEditedProfileRebuildsAtTheNextPollThenPollsAsBefore() {
        sync.build();
        cache.profilesEdited = true;
        clock.advance(Duration.ofMinutes(1));

        assertThat(sync.poll()).isEqualTo(CacheSync.Poll.BUILT);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sync.poll().step()).isEqualTo(CacheSync.Poll.Step.READ);
        assertThat(cache.rebuilds).isEqualTo(2);
    }

    @Test
    void withoutAnyProfileThereIsNoScopeAndTheCensusEmptiesTheCache() {
        NodeCache noScope = new NodeCache(search, null);
        CacheSync empty = new CacheSync(noScope, search, settings, clock, () -> JIRA_ZONE);
        empty.build();
        clock.advance(Duration.ofMinutes(1));

        assertThat(empty.poll()).isEqualTo(new CacheSync.Poll(CacheSync.Poll.Step.READ, 0));
        assertThat(empty.census()).isZero();
        assertThat(noScope.scopeJql()).isEqualTo(Optional.empty());
        assertThat(empty.watermark()).contains(BUILD.plus(Duration.ofMinutes(1)));
    }

    /** Jira's search, down. */
    private record FailingSearch(SystemSearch search) implements SystemSearch {
        @Override
        public List<Long> ids(String jql, int start, int max) {
            if (jql.contains("updated")) {
                throw new IllegalStateException("Jira's search is down");
            }
            return search.ids(jql, start, max);
        }

        @Override
        public List<com.atlassian.jira.issue.Issue> issues(List<Long> ids) {
            return search.issues(ids);
        }

        @Override
        public long count(String jql) {
            return search.count(jql);
        }
    }

    /** Deletes one issue right after the census has read the first page of the scope. */
    private static final class DeletingSearch implements SystemSearch {
        private final SimulatedJira jira;
        private final SystemSearch search;
        private final long victim;
        final java.util.List<Long> paged = new java.util.ArrayList<>();

        DeletingSearch(SimulatedJira jira, SystemSearch search, long victim) {
            this.jira = jira;
            this.search = search;
            this.victim = victim;
        }

        @Override
        public List<Long> ids(String jql, int start, int max) {
            List<Long> page = search.ids(jql, start, max);
            if (jql.equals("project = SALES")) {
                paged.addAll(page);
                if (start == 0 && jira.issue(victim).isPresent()) {
                    jira.delete(victim);
                }
            }
            return page;
        }

        @Override
        public List<com.atlassian.jira.issue.Issue> issues(List<Long> ids) {
            return search.issues(ids);
        }

        @Override
        public long count(String jql) {
            return search.count(jql);
        }
    }
}
