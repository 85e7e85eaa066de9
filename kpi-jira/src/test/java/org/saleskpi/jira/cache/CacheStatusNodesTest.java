package org.saleskpi.jira.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.jira.simulated.HeldSettings;
import org.saleskpi.jira.simulated.SimulatedMembership;

/**
 * Two nodes of one cluster, each with its own cache, publishing to and reading from one store of SAL's global plugin
 * settings (Jira's database): what node A's admin page lists. The poll interval is the default 60 s, so a node is
 * not reporting after 3 x 60 = 180 s of silence.
 */
class CacheStatusNodesTest {
    private static final Instant START = Instant.parse("2026-12-05T10:00:00Z");

    private final HandClock clock = new HandClock(START);
    private final MemoryPluginSettings database = new MemoryPluginSettings();
    private final HeldSettings settings = new HeldSettings();
    private final SimulatedMembership cluster = new SimulatedMembership();
    private final Node a = new Node("node-a");
    private final Node b = new Node("node-b");

    /** One node: its cache's status (set by the test), its publisher, its admin page's list. */
    private final class Node {
        volatile CacheStatus status = cache(CacheStatus.Phase.WARMING, 0, 0);
        final CacheStatusBoard board = new CacheStatusBoard(database);
        final CacheStatusPublisher publisher;
        final CacheStatusNodes page;

        Node(String id) {
            ClusterNodes view = cluster.node(id);
            publisher = new CacheStatusPublisher(view, () -> status, board, clock);
            page = new CacheStatusNodes(publisher, board, view, settings, clock);
        }

        CacheStatusNodes.Row row(String node) {
            return page.rows().stream().filter(row -> row.node().equals(Optional.of(node))).findFirst().orElseThrow();
        }
    }

    private static CacheStatus cache(CacheStatus.Phase phase, int percent, long issues) {
        return new CacheStatus("single", phase, percent, issues, issues * 5, issues * 900, Optional.empty(), 0,
                Optional.empty());
    }

    @Test
    void nodeBsCacheAppearsOnNodeAsPageAfterBsPoll() {
        b.status = new CacheStatus("single", CacheStatus.Phase.READY, 100, 8_000, 40_000, 7_200_000,
                Optional.of(START.minusSeconds(30)), 4, Optional.empty());
        a.status = cache(CacheStatus.Phase.WARMING, 37, 0);
        clock.advance(Duration.ofSeconds(12));
        b.publisher.polled();

        List<CacheStatusNodes.Row> rows = a.page.rows();

        assertThat(rows).extracting(CacheStatusNodes.Row::node, CacheStatusNodes.Row::state).containsExactly(
                tuple(Optional.of("node-a"), CacheStatusNodes.State.THIS),
                tuple(Optional.of("node-b"), CacheStatusNodes.State.REPORTING));
        // A's own row is its cache now, not a report: A never published.
        assertThat(rows.get(0).report().orElseThrow().status().percent()).isEqualTo(37);
        CacheStatusReport fromB = rows.get(1).report().orElseThrow();
        assertThat(fromB.status().issues()).isEqualTo(8_000);
        assertThat(fromB.status().changes()).isEqualTo(40_000);
        assertThat(fromB.status().bytes()).isEqualTo(7_200_000);
        assertThat(fromB.status().fallbacks()).isEqualTo(4);
        assertThat(fromB.status().lastSync()).contains(START.minusSeconds(30));
        assertThat(fromB.lastPoll()).contains(START.plusSeconds(12));
        assertThat(fromB.lastCensus()).isEmpty();
        assertThat(fromB.published()).isEqualTo(START.plusSeconds(12));
        // And B sees itself live, A not at all until A publishes.
        assertThat(b.page.rows()).extracting(CacheStatusNodes.Row::node).containsExactly(Optional.of("node-b"));
    }

    @Test
    void aNodeSilentForMoreThanThreePollIntervalsIsNotReportingWithItsLastTime() {
        b.publisher.polled();

        clock.advance(Duration.ofSeconds(180));
        // Exactly 180 s: still within three polls of 60 s.
        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.REPORTING);

        clock.advance(Duration.ofSeconds(1));
        CacheStatusNodes.Row silent = a.row("node-b");
        assertThat(silent.state()).isEqualTo(CacheStatusNodes.State.NOT_REPORTING);
        assertThat(silent.report().orElseThrow().published()).isEqualTo(START);

        // A shorter poll shortens the wait: 3 x 30 s = 90 s < 181 s already.
        settings.pollSeconds(30);
        assertThat(a.page.staleAfter()).isEqualTo(Duration.ofSeconds(90));
        // B polls again: reporting.
        b.publisher.polled();
        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }

    @Test
    void aNodeThatLeftTheClusterIsOfflineAndGoesADayAfterItsLastReport() {
        b.publisher.polled();
        clock.advance(Duration.ofSeconds(20));
        cluster.leave("node-b");

        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.OFFLINE);

        clock.advance(Duration.ofDays(1).minusSeconds(20));
        // A day to the second after its last report: still listed, and A's census keeps it.
        a.publisher.censused();
        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.OFFLINE);
        assertThat(a.board.read()).extracting(CacheStatusBoard.Entry::node).contains(Optional.of("node-b"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(a.page.rows()).extracting(CacheStatusNodes.Row::node).containsExactly(Optional.of("node-a"));
        // A's next census removes B's report from the store.
        a.publisher.censused();
        assertThat(a.board.read()).extracting(CacheStatusBoard.Entry::node).containsExactly(Optional.of("node-a"));
    }

    @Test
    void aNodeAliveButSilentForADayStaysListedAsNotReporting() {
        b.publisher.polled();
        clock.advance(Duration.ofDays(2));
        a.publisher.censused();

        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.NOT_REPORTING);
    }

    @Test
    void aCorruptReportIsListedAsUnreadableAndTheOtherRowsStay() {
        Node c = new Node("node-c");
        b.publisher.polled();
        c.publisher.polled();
        database.values.put(CacheStatusBoard.key(Optional.of("node-b")), "{\"node\":\"node-b\",\"phase\":");

        assertThat(a.page.rows()).extracting(CacheStatusNodes.Row::node, CacheStatusNodes.Row::state)
                .containsExactly(
                        tuple(Optional.of("node-a"), CacheStatusNodes.State.THIS),
                        tuple(Optional.of("node-b"), CacheStatusNodes.State.UNREADABLE),
                        tuple(Optional.of("node-c"), CacheStatusNodes.State.REPORTING));

        // B's next report replaces it.
        clock.advance(Duration.ofSeconds(60));
        b.publisher.polled();
        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }

    @Test
    void reportsOfTheWrongShapeAreUnreadableNotErrors() {
        String good = CacheStatusBoard.json(b.publisher.report()).toString();
        for (String bad : List.of("[]", "42", good.replace("\"percent\":0", "\"percent\":\"x\""),
                good.replace("\"phase\":\"warming\"", "\"phase\":\"melting\""),
                good.replace("\"node\":\"node-b\"", "\"node\":\"node-z\""),
                good.replace(",\"published\":\"" + START + "\"", ""))) {
            database.values.put(CacheStatusBoard.NODES, "[\"node-b\"]");
            database.values.put(CacheStatusBoard.key(Optional.of("node-b")), bad);

            assertThat(a.row("node-b").state()).as(bad).isEqualTo(CacheStatusNodes.State.UNREADABLE);
        }
        database.values.put(CacheStatusBoard.key(Optional.of("node-b")), good);
        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }

    @Test
    void aCorruptOrRacedListOfNodesHealsAtEachNodesNextReport() {
        a.publisher.polled();
        b.publisher.polled();
        // Both nodes added themselves at the same moment and A's write won; or an edit broke the list.
        database.values.put(CacheStatusBoard.NODES, "[\"node-a\"]");
        assertThat(a.page.rows()).extracting(CacheStatusNodes.Row::node).containsExactly(Optional.of("node-a"));
        database.values.put(CacheStatusBoard.NODES, "not json");
        assertThat(a.page.rows()).extracting(CacheStatusNodes.Row::node).containsExactly(Optional.of("node-a"));

        clock.advance(Duration.ofSeconds(60));
        b.publisher.polled();

        assertThat(a.row("node-b").state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }

    @Test
    void progressIsPublishedAtMostEveryFiveSecondsAndEachStepsEndAlways() {
        b.publisher.progress();
        String first = (String) database.values.get(CacheStatusBoard.key(Optional.of("node-b")));
        b.status = cache(CacheStatus.Phase.WARMING, 20, 0);
        clock.advance(Duration.ofSeconds(4));
        b.publisher.progress();
        // 4 s after the last: not written.
        assertThat(database.values.get(CacheStatusBoard.key(Optional.of("node-b")))).isEqualTo(first);
        assertThat(a.row("node-b").report().orElseThrow().status().percent()).isZero();

        clock.advance(Duration.ofSeconds(1));
        b.publisher.progress();
        assertThat(a.row("node-b").report().orElseThrow().status().percent()).isEqualTo(20);

        b.status = cache(CacheStatus.Phase.READY, 100, 500);
        clock.advance(Duration.ofSeconds(1));
        b.publisher.stepped();
        // A step's end is written at once, so the others see the build finished.
        assertThat(a.row("node-b").report().orElseThrow().status().phase()).isEqualTo(CacheStatus.Phase.READY);
    }

    @Test
    void aFailedStepIsTheLastErrorUntilAPollSucceeds() {
        b.publisher.failed("poll", new IllegalStateException("the search timed out"));
        assertThat(a.row("node-b").report().orElseThrow().status().lastError())
                .contains("The cache's poll failed: the search timed out");

        clock.advance(Duration.ofSeconds(60));
        b.publisher.polled();
        assertThat(a.row("node-b").report().orElseThrow().status().lastError()).isEmpty();
    }

    @Test
    void aWriteThatFailsIsLoggedAndNeverFailsTheStep() {
        PluginSettingsFactory gone = new PluginSettingsFactory() {
            @Override
            public PluginSettings createSettingsForKey(String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PluginSettings createGlobalSettings() {
                throw new IllegalStateException("the database is gone");
            }
        };
        CacheStatusPublisher failing = new CacheStatusPublisher(cluster.node("node-f"), () -> a.status,
                new CacheStatusBoard(gone), clock);

        failing.polled();

        assertThat(failing.report().lastPoll()).contains(START);
    }

    @Test
    void aJiraWithoutAClusterListsItsOneNodeWithoutAnIdAndNoLeftovers() {
        b.publisher.polled();
        ClusterNodes alone = SimulatedMembership.notClustered();
        CacheStatusBoard board = new CacheStatusBoard(database);
        CacheStatusPublisher publisher = new CacheStatusPublisher(alone, () -> a.status, board, clock);
        CacheStatusNodes page = new CacheStatusNodes(publisher, board, alone, settings, clock);

        publisher.polled();

        assertThat(page.rows()).extracting(CacheStatusNodes.Row::node, CacheStatusNodes.Row::state)
                .containsExactly(tuple(Optional.empty(), CacheStatusNodes.State.THIS));
        // Its report is stored under its own key, the list holding null for it.
        assertThat(board.read()).extracting(CacheStatusBoard.Entry::node).contains(Optional.empty());
        assertThat(database.values.get(CacheStatusBoard.NODES)).isEqualTo("[\"node-b\",null]");
    }

    @Test
    void anyNodeIdFitsSalsKeyLength() {
        String id = "jira-node-".repeat(30);
        Node longName = new Node(id);
        longName.publisher.polled();

        assertThat(CacheStatusBoard.key(Optional.of(id))).hasSizeLessThanOrEqualTo(100);
        assertThat(a.row(id).state()).isEqualTo(CacheStatusNodes.State.REPORTING);
    }
}
