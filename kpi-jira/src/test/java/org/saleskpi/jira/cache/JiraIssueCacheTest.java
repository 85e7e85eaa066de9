package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.KpiProfile;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.simulated.HeldSettings;

/** The node's cache over a Jira in memory: built in pages with progress, kept in step, bounded, switched off. */
class JiraIssueCacheTest {
    private static final Instant NOW = Instant.parse("2026-03-05T12:00:00Z");

    private final CacheJira jira = new CacheJira();
    private final HeldSettings settings = new HeldSettings(CacheProfiles.SETTINGS);
    private final List<KpiProfile> profiles = new CopyOnWriteArrayList<>();
    /** The profile writes made on this node, as {@link WatchedKpiProfiles} counts them. */
    private final AtomicLong profileWrites = new AtomicLong();
    private final HandClock clock = new HandClock(NOW);
    private JiraIssueCache cache;

    @BeforeEach
    void setUp() {
        profiles.add(CacheProfiles.profile(1, "SALES", "project = SALES"));
        cache = new JiraIssueCache(jira, jira.customFields, jira.histories(), () -> profiles, profileWrites::get,
                settings, "node-1", clock, CacheJira.ZONE);
    }

    /** SALES-1 .. SALES-n with ids 10001 .. 10000 + n, and one issue of another project. */
    private void sales(int n) {
        for (int i = 1; i <= n; i++) {
            jira.put(10_000 + i, "SALES-" + i, "Open", null, 100.0 * i);
        }
        jira.put(99_001, "HR-1", "Open", null, null);
    }

    @Test
    void beforeAnyBuildItWarmsAtZeroPercent() {
        CacheStatus status = cache.status();

        assertThat(status.phase()).isEqualTo(CacheStatus.Phase.WARMING);
        assertThat(status.percent()).isZero();
        assertThat(status.node()).isEqualTo("node-1");
        assertThat(status.lastSync()).isEmpty();
        assertThat(cache.ids()).isEmpty();
    }

    @Test
    void buildsTheScopeInPagesOf500ReportingProgress() {
        sales(1234);
        List<Integer> percents = new ArrayList<>();
        List<CacheStatus.Phase> phases = new ArrayList<>();
        jira.beforeIssues = () -> {
            percents.add(cache.status().percent());
            phases.add(cache.status().phase());
        };

        cache.rebuild();

        // 1234 issues in scope (HR-1 is not): pages of 500, 500 and 234. Progress before each page's issues are read:
        // 0 of 1234 read = 0 %, 500 = 40 % (500 * 100 / 1234 = 40.5, floored), 1000 = 81 % (81.03).
        assertThat(percents).containsExactly(0, 40, 81);
        assertThat(phases).containsOnly(CacheStatus.Phase.WARMING);
        CacheStatus status = cache.status();
        assertThat(status.phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(status.percent()).isEqualTo(100);
        assertThat(status.issues()).isEqualTo(1234);
        assertThat(status.bytes()).isPositive();
        assertThat(status.lastSync()).contains(NOW);
        assertThat(cache.ids()).hasSize(1234).contains(10_001L, 11_234L).doesNotContain(99_001L);
        // One count, then per page one search for ids and one for the issues: 1 + 3 * 2 = 7.
        assertThat(jira.searches).isEqualTo(7);
        assertThat(jira.materialised).isEqualTo(1234);
    }

    @Test
    void eachRowHoldsProjectSecurityLevelLabelsSummaryAndTheProfilesFields() {
        jira.put(10_001, "SALES-1", "Won", 10_100L, 1250.5, "vip", "renewal");
        jira.put(10_002, "SALES-2", "Open", null, null);

        cache.rebuild();

        IndexedIssue won = row("SALES-1");
        assertThat(won.record().project()).isEqualTo("SALES");
        assertThat(won.record().status()).isEqualTo("Won");
        assertThat(won.securityLevel()).contains(10_100L);
        assertThat(won.labels()).containsExactlyInAnyOrder("vip", "renewal");
        assertThat(won.summary()).isEqualTo("Deal SALES-1");
        assertThat(won.description()).isEmpty();
        assertThat(won.record().field(CacheJira.AMOUNT)).contains(FieldValue.number(new BigDecimal("1250.5")));
        IndexedIssue open = row("SALES-2");
        assertThat(open.securityLevel()).isEmpty();
        assertThat(open.record().field(CacheJira.AMOUNT)).isEmpty();
        assertThat(cache.rows().orElseThrow().index().fields()).extracting(f -> f.id() + " " + f.name() + " " + f.type())
                .containsExactlyInAnyOrder("customfield_10010 Amount NUMBER", "customfield_10011 Close date DATE");
    }

    @Test
    void historiesOfTheTrackedFieldsAreHeldBesideTheRows() {
        jira.put(10_001, "SALES-1", "Won", null, 500.0);
        jira.statusChange(10_001, "2026-03-03T10:00:00Z", "Open", "1", "Won", "3");
        jira.put(10_002, "SALES-2", "Open", null, 700.0);

        cache.rebuild();

        CacheRows.Generation rows = cache.rows().orElseThrow();
        assertThat(changes("SALES-1", Column.STATUS)).containsExactly("2026-03-03T10:00:00Z status Open -> Won");
        assertThat(changes("SALES-2", Column.STATUS)).isEmpty();
        assertThat(known("SALES-2")).isTrue();
        // Another tracked field has no change of its own.
        assertThat(changes("SALES-1", Column.ASSIGNEE)).isEmpty();
        assertThat(cache.status().changes()).isEqualTo(1);
        assertThat(rows.tracked()).extracting(c -> c.id()).contains("status", "resolution", "assignee",
                CacheJira.AMOUNT, CacheJira.CLOSE_DATE);
    }

    @Test
    void reloadReadsChangedIssuesAgainAndDropsThoseGoneOrOutOfScope() {
        sales(3);
        cache.rebuild();
        jira.put(10_001, "SALES-1", "Won", null, 999.0);
        jira.issues.remove(10_002L);
        jira.put(10_003, "HR-7", "Open", null, null);
        jira.put(10_004, "SALES-4", "Open", 10_100L, 40.0);

        cache.reload(List.of(10_001L, 10_002L, 10_003L, 10_004L));

        assertThat(cache.ids()).containsExactlyInAnyOrder(10_001L, 10_004L);
        assertThat(row("SALES-1").record().status()).isEqualTo("Won");
        assertThat(row("SALES-1").record().field(CacheJira.AMOUNT)).contains(FieldValue.number(new BigDecimal("999")));
        assertThat(row("SALES-4").securityLevel()).contains(10_100L);
        assertThat(cache.rows().orElseThrow().index().get("SALES-2")).isEmpty();
        assertThat(cache.rows().orElseThrow().index().get("SALES-3")).isEmpty();
        assertThat(cache.status().issues()).isEqualTo(2);
    }

    @Test
    void anIssueMovedToAnotherKeyKeepsOneRow() {
        profiles.add(CacheProfiles.profile(2, "DEALS", "project = DEALS"));
        sales(2);
        cache.rebuild();
        jira.put(10_001, "DEALS-1", "Open", null, 100.0);

        cache.reload(List.of(10_001L));

        assertThat(cache.rows().orElseThrow().index().get("SALES-1")).isEmpty();
        assertThat(row("DEALS-1").record().project()).isEqualTo("DEALS");
        assertThat(cache.status().issues()).isEqualTo(2);
    }

    @Test
    void removeDropsTheRowsAndTheirHistories() {
        sales(3);
        jira.statusChange(10_002, "2026-03-03T10:00:00Z", "Open", "1", "Won", "3");
        cache.rebuild();

        cache.remove(List.of(10_002L, 55L));

        assertThat(cache.ids()).containsExactlyInAnyOrder(10_001L, 10_003L);
        assertThat(cache.rows().orElseThrow().index().get("SALES-2")).isEmpty();
        assertThat(cache.status().changes()).isZero();
        // SALES-3's row moved into SALES-2's place, with its own (empty) history.
        assertThat(changes("SALES-3", Column.STATUS)).isEmpty();
        assertThat(known("SALES-3")).isTrue();
    }

    @Test
    void whatChangesWhileABuildReadsIsReplayedBeforeTheRowsServe() {
        sales(600);
        int[] pages = {0};
        jira.beforeIssues = () -> {
            if (pages[0]++ == 1) {
                // While the second page is read: SALES-1 (already read) is won, SALES-600 deleted.
                jira.put(10_001, "SALES-1", "Won", null, 100.0);
                jira.issues.remove(10_600L);
                cache.reload(List.of(10_001L));
                cache.remove(List.of(10_600L));
            }
        };

        cache.rebuild();

        assertThat(row("SALES-1").record().status()).isEqualTo("Won");
        assertThat(cache.ids()).hasSize(599).doesNotContain(10_600L);
    }

    @Test
    void scopesOverTheMaximumLeaveTheCacheEmptyAndSayWhy() {
        sales(30);
        settings.maxIssues(29);

        cache.rebuild();

        CacheStatus status = cache.status();
        assertThat(status.phase()).isEqualTo(CacheStatus.Phase.TOO_BIG);
        assertThat(status.issues()).isZero();
        assertThat(status.lastError()).contains("The profiles' scopes hold 30 issues, more than the 29 the cache may"
                + " hold: gadgets search Jira instead.");
        assertThat(cache.rows()).isEmpty();
        assertThat(jira.materialised).isZero();

        settings.maxIssues(30);
        cache.rebuild();
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(cache.status().lastError()).isEmpty();
    }

    @Test
    void theKillSwitchTurnsItOffAndFreesItsRows() {
        sales(5);
        cache.rebuild();

        settings.enabled(false);
        // Queries see the switch once their last read of the settings is 10 s old, without a rebuild.
        clock.advance(Duration.ofMillis(9_999));
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(cache.rows()).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.OFF);
        assertThat(cache.rows()).isEmpty();
        cache.rebuild();
        cache.reload(List.of(10_001L));
        int searched = jira.searches;

        settings.enabled(true);
        clock.advance(Duration.ofSeconds(10));
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.WARMING);
        assertThat(cache.ids()).isEmpty();
        assertThat(searched).as("nothing is read while off").isEqualTo(1 + 2);
        cache.rebuild();
        assertThat(cache.ids()).hasSize(5);
    }

    @Test
    void theScopeIsEveryProfilesScopeOnceAndNothingWithoutProfiles() {
        profiles.add(CacheProfiles.profile(2, "HR", ""));
        profiles.add(CacheProfiles.profile(3, "SALES", "project = SALES ORDER BY created"));
        sales(2);

        assertThat(cache.scopeJql()).contains("(project = SALES) OR (project = HR)");
        cache.rebuild();
        assertThat(cache.ids()).containsExactlyInAnyOrder(10_001L, 10_002L, 99_001L);

        profiles.clear();
        assertThat(cache.scopeJql()).isEmpty();
        cache.rebuild();
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(cache.ids()).isEmpty();
    }

    @Test
    void aFailedBuildKeepsTheRowsThatServeAndSaysWhy() {
        sales(3);
        cache.rebuild();
        jira.beforeIssues = () -> {
            throw new IllegalStateException("Jira's search for the issue cache failed: index closed");
        };

        assertThatThrownBy(cache::rebuild).isInstanceOf(IllegalStateException.class);

        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        assertThat(cache.ids()).hasSize(3);
        assertThat(cache.status().lastError()).contains(
                "The cache could not be built: Jira's search for the issue cache failed: index closed");
    }

    @Test
    void aProfileAddedAfterTheBuildLetsJiraAnswerUntilTheRowsAreRebuiltForIt() {
        sales(3);
        jira.put(20_001, "DEALS-1", "Open", null, 50.0);
        cache.rebuild();
        assertThat(cache.rows()).isPresent();
        assertThat(cache.scopeChanged()).isFalse();

        profiles.add(CacheProfiles.profile(2, "DEALS", "project = DEALS"));

        // The held rows lack DEALS-1: answering from them would leave it out of the new profile's figures.
        assertThat(cache.scopeChanged()).isTrue();
        assertThat(cache.rows()).isEmpty();
        assertThat(cache.status().phase()).isEqualTo(CacheStatus.Phase.READY);
        cache.rebuild();
        assertThat(cache.scopeChanged()).isFalse();
        assertThat(cache.rows()).isPresent();
        assertThat(cache.ids()).containsExactlyInAnyOrder(10_001L, 10_002L, 10_003L, 20_001L);
    }

    @Test
    void aProfileWrittenOnThisNodeIsSeenByTheNextQueryAndOneWrittenElsewhereWithinTenSeconds() {
        sales(3);
        jira.put(20_001, "DEALS-1", "Open", null, 50.0);
        jira.put(30_001, "LEADS-1", "Open", null, 70.0);
        cache.rebuild();

        // Saved through this node's repository: its write count moves, so the very next query reads the scope.
        profiles.add(CacheProfiles.profile(2, "DEALS", "project = DEALS"));
        profileWrites.incrementAndGet();
        assertThat(cache.rows()).isEmpty();
        cache.rebuild();
        assertThat(cache.rows()).isPresent();

        // Saved on another node: this node's count stays, and the scope read at the rebuild serves for 10 s.
        profiles.add(CacheProfiles.profile(3, "LEADS", "project = LEADS"));
        clock.advance(Duration.ofMillis(9_999));
        assertThat(cache.rows()).isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(cache.rows()).isEmpty();
        cache.rebuild();
        assertThat(cache.ids()).containsExactlyInAnyOrder(10_001L, 10_002L, 10_003L, 20_001L, 30_001L);
    }

    @Test
    void fallbacksAreCounted() {
        cache.countFallback();
        cache.countFallback();

        assertThat(cache.status().fallbacks()).isEqualTo(2);
    }

    /** The changes of {@code column} the cache holds for {@code key}, as "instant field from -> to". */
    private List<String> changes(String key, Column column) {
        ChangeTable table = held(key, column);
        List<String> changes = new ArrayList<>();
        for (int i = table.start(0); i < table.end(0); i++) {
            if (table.column(i).equals(column)) {
                changes.add(Instant.ofEpochSecond(table.atSecond(i)) + " " + column.id() + " "
                        + table.text(column, table.fromCode(i)) + " -> " + table.text(column, table.toCode(i)));
            }
        }
        return changes;
    }

    private boolean known(String key) {
        return held(key, Column.STATUS).known(0);
    }

    /** The one-row change table of {@code key}, sliced from the cache's change log. */
    private ChangeTable held(String key, Column column) {
        return cache.rows().orElseThrow().index().read(columns -> {
            int row = columns.row(key);
            assertThat(row).as(key).isNotNegative();
            IssueTable oneRow = IssueTable.fromColumns(CacheJira.ZONE, 1).build();
            return columns.changes().orElseThrow().table(oneRow, new int[] {row}, Set.of(column));
        });
    }

    private IndexedIssue row(String key) {
        Optional<IndexedIssue> row = cache.rows().orElseThrow().index().get(key);
        assertThat(row).as(key).isPresent();
        return row.get();
    }
}
