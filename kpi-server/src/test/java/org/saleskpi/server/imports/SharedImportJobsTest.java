package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.core.testing.HandClock;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.server.cluster.ClusterLock;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

/** Import jobs kept in the database: what one node runs, another reads; one import at a time across nodes. */
class SharedImportJobsTest {
    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    private static final ImportSettings SETTINGS = ImportSettings.defaults(ZoneId.of("Europe/Berlin"));

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aJobRunByOneNodeIsReadWithItsReportByAnother(Database kind) throws Exception {
        DataSource database = kind.openDataSource();
        HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
        try (ImportJobs a = node(database, kind, clock, "node-a"); ImportJobs b = node(database, kind, clock, "node-b")) {
            String id = a.start(JiraCsvImportTest.fixture(), SETTINGS, ADMIN);
            ImportJob done = awaitEnd(b, id);

            assertThat(done.state()).isEqualTo(ImportJob.State.DONE);
            assertThat(done.startedBy()).isEqualTo(ADMIN);
            assertThat(done.processed()).isEqualTo(10);
            assertThat(done.total()).isEqualTo(10);
            assertThat(done.report()).contains(new ImportReport(10, 10, 0, 0, List.of(), 10));
            assertThat(b.recent()).extracting(ImportJob::id).containsExactly(id);
            assertThat(b.get("no-such-job")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"H2_MEMORY", "POSTGRES"})
    void aRunningJobWhoseNodeStoppedShowsAsFailedOnceNobodyHoldsTheImportLock(Database kind) throws Exception {
        DataSource database = kind.openDataSource();
        HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
        SharedImportJobs table = new SharedImportJobs(database);
        table.createSchema();
        ImportJob stopped = new ImportJob("job-of-a-killed-node", ADMIN, clock.instant(), ImportJob.State.RUNNING, 4000,
                9000, Optional.empty(), Optional.empty());
        table.save(stopped, "node-a", clock.instant());
        ClusterLock lock = ClusterLock.over(database, kind == Database.POSTGRES);
        try (ImportJobs b = new ImportJobs(new JiraCsvImport(store(database), new SlugPeople()), clock, lock,
                Optional.of(table), "node-b")) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(b.get(stopped.id()).orElseThrow().state()).as("written 5 s ago").isEqualTo(ImportJob.State.RUNNING);

            clock.advance(Duration.ofSeconds(6));
            try (ClusterLock.Held running = lock.tryAcquire(ImportJobs.LOCK).orElseThrow()) {
                assertThat(b.get(stopped.id()).orElseThrow().state()).as("an import still holds the lock")
                        .isEqualTo(ImportJob.State.RUNNING);
            }
            ImportJob seen = b.get(stopped.id()).orElseThrow();
            assertThat(seen.state()).isEqualTo(ImportJob.State.FAILED);
            assertThat(seen.processed()).isEqualTo(4000);
            assertThat(seen.error()).contains("the node running the import stopped; the import wrote nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = {"POSTGRES"})
    void aNodeRefusesAnImportWhileAnotherNodesImportRuns(Database kind) throws Exception {
        DataSource database = kind.openDataSource();
        HandClock clock = new HandClock(Instant.parse("2026-12-05T10:00:00Z"));
        ClusterLock otherNode = ClusterLock.over(database, true);
        try (ImportJobs b = node(database, kind, clock, "node-b")) {
            try (ClusterLock.Held running = otherNode.tryAcquire(ImportJobs.LOCK).orElseThrow()) {
                assertThatThrownBy(() -> b.start(JiraCsvImportTest.fixture(), SETTINGS, ADMIN))
                        .isInstanceOf(ImportJobs.Busy.class)
                        .hasMessage("Another import is running on another node of this server; start this one when it"
                                + " has ended.");
                assertThat(b.recent()).as("nothing was queued").isEmpty();
            }
            String id = b.start(JiraCsvImportTest.fixture(), SETTINGS, ADMIN);
            assertThat(awaitEnd(b, id).state()).isEqualTo(ImportJob.State.DONE);
        }
    }

    private static ImportJobs node(DataSource database, Database kind, HandClock clock, String node) {
        SharedImportJobs table = new SharedImportJobs(database);
        table.createSchema();
        return new ImportJobs(new JiraCsvImport(store(database), new SlugPeople()), clock,
                ClusterLock.over(database, kind == Database.POSTGRES), Optional.of(table), node);
    }

    private static IssueStore store(DataSource database) {
        IssueStore store = new IssueStore(database, IssueSink.NONE);
        store.createSchema();
        return store;
    }

    private static ImportJob awaitEnd(ImportJobs jobs, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJob job = jobs.get(id).orElseThrow();
            if (job.state() != ImportJob.State.RUNNING) {
                return job;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("job " + id + " did not end within 30 s");
    }
}
