package org.saleskpi.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

/** A connection's sync state survives a restart, and is written in the transaction of the page it belongs to. */
class SyncStatesTest {
    private static final Instant START = Instant.parse("2026-11-30T12:00:00Z");

    @ParameterizedTest
    @EnumSource(Database.class)
    void theStateOfAPassIsReadBackAsItWasWrittenAfterARestart(Database database) {
        DataSource dataSource = database.openDataSource();
        SyncStates states = states(dataSource);
        assertThat(states.load(3)).isEqualTo(SyncState.fresh(3));

        SyncState running = SyncState.fresh(3)
                .startPass(SyncPhase.FULL, "project = DEAL", Optional.of(250L), START)
                .afterPage(Optional.of("cursor-2"), 100, 412, Optional.of(START.minusSeconds(60)), 80.5);
        states.save(running);
        SyncState failed = running.failed("Jira answered 503 on /rest/api/3/search/jql: busy", START.plusSeconds(9));
        states.save(failed);

        SyncState reread = states(dataSource).load(3);
        assertThat(reread).isEqualTo(failed);
        assertThat(reread.passUnderWay()).isTrue();
        // 150 issues left at 80.5 a second: 1.863 s.
        assertThat(reread.status()).isEqualTo(new SyncStatus(100, 1, 80.5, Optional.of(Duration.ofMillis(1863)),
                Optional.of("Jira answered 503 on /rest/api/3/search/jql: busy"), SyncPhase.FULL,
                Optional.of(START.plusSeconds(9))));
        assertThat(states.load(4)).isEqualTo(SyncState.fresh(4));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFinishedPassMovesTheWatermarkToTheNewestIssueItSawAndClearsTheCursor(Database database) {
        SyncStates states = states(database.openDataSource());
        Instant older = START.minusSeconds(3_600);
        SyncState state = SyncState.fresh(5).startPass(SyncPhase.FULL, "project = DEAL", Optional.of(2L), START)
                .afterPage(Optional.of("c2"), 1, 3, Optional.of(START), 10)
                .afterPage(Optional.empty(), 1, 0, Optional.of(older), 10)
                .passDone(true);
        states.save(state);
        SyncState done = states.load(5).runDone(START.plusSeconds(30));
        states.save(done);

        SyncState reread = states.load(5);
        assertThat(reread.watermark()).contains(START);
        assertThat(reread.passUnderWay()).isFalse();
        assertThat(reread.phase()).isEqualTo(SyncPhase.IDLE);
        assertThat(reread.runs()).isEqualTo(1);
        assertThat(reread.issues()).isEqualTo(2);
        assertThat(reread.changes()).isEqualTo(3);
        assertThat(reread.lastError()).isEmpty();
        // Idle: no time left to tell.
        assertThat(reread.status().eta()).isEmpty();

        SyncState next = reread.startPass(SyncPhase.INCREMENTAL, "x", Optional.empty(), START.plusSeconds(300))
                .afterPage(Optional.empty(), 0, 0, Optional.empty(), 0).passDone(false);
        assertThat(next.watermark()).contains(START);
        assertThat(next.phase()).isEqualTo(SyncPhase.IDLE);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aPageThatFailsLeavesTheStateOfThePageBefore(Database database) {
        DataSource dataSource = database.openDataSource();
        IssueStore store = new IssueStore(dataSource, IssueSink.NONE);
        store.createSchema();
        SyncStates states = new SyncStates(store);
        states.createSchema();
        SyncState first = SyncState.fresh(6).startPass(SyncPhase.FULL, "project = DEAL", Optional.empty(), START)
                .afterPage(Optional.of("c2"), 0, 0, Optional.empty(), 0);
        store.applySyncPage(6, List.of(), states.checkpoint(first));

        SyncState second = first.afterPage(Optional.of("c3"), 0, 0, Optional.empty(), 0);
        try {
            store.applySyncPage(6, List.of(), connection -> {
                states.checkpoint(second).run(connection);
                throw new java.sql.SQLException("the connection dropped");
            });
        } catch (IllegalStateException expected) {
            // the page is not applied
        }

        assertThat(states.load(6).cursor()).contains("c2");
        assertThat(states.load(6).pages()).isEqualTo(1);
    }

    private static SyncStates states(DataSource dataSource) {
        IssueStore store = new IssueStore(dataSource, IssueSink.NONE);
        store.createSchema();
        SyncStates states = new SyncStates(store);
        states.createSchema();
        return states;
    }
}
