package org.saleskpi.server.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.core.index.IssueSink;
import org.saleskpi.server.issues.IssueStore;
import org.saleskpi.store.Database;

class ImportJobsTest {
    private static final UserRef ADMIN = new UserRef("admin", "Ada Admin");
    private static final ImportSettings SETTINGS = ImportSettings.defaults(ZoneId.of("Europe/Berlin"));

    private final IssueStore store = newStore();
    private final ImportJobs jobs = new ImportJobs(new JiraCsvImport(store, new SlugPeople()));

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void aJobRunsInTheBackgroundAndEndsWithItsReportAndAFullProgressBar() {
        String id = jobs.start(JiraCsvImportTest.fixture(), SETTINGS, ADMIN);

        ImportJob job = awaitEnd(id);

        assertThat(job.state()).isEqualTo(ImportJob.State.DONE);
        assertThat(job.report()).contains(new ImportReport(10, 10, 0, 0, List.of(), 10));
        assertThat(job.processed()).isEqualTo(10);
        assertThat(job.total()).isEqualTo(10);
        assertThat(job.startedBy()).isEqualTo(ADMIN);
        assertThat(job.error()).isEmpty();
        assertThat(store.count()).isEqualTo(10);
    }

    @Test
    void aRefusedFileEndsTheJobAsFailedWithTheReason() {
        String id = jobs.start("Key,Title\nA-1,x\n".getBytes(StandardCharsets.UTF_8), SETTINGS, ADMIN);

        ImportJob job = awaitEnd(id);

        assertThat(job.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(job.error()).hasValueSatisfying(error -> assertThat(error).contains("no 'Issue key' column"));
        assertThat(job.report()).isEmpty();
    }

    @Test
    void onlyTheLatestJobsAreRemembered() {
        byte[] small = "Issue key,Summary\n".getBytes(StandardCharsets.UTF_8);
        String first = jobs.start(small, SETTINGS, ADMIN);
        String last = first;
        for (int i = 0; i < ImportJobs.KEPT; i++) {
            last = jobs.start(small, SETTINGS, ADMIN);
        }

        assertThat(jobs.get(first)).isEmpty();
        assertThat(jobs.get(last)).isPresent();
        assertThat(jobs.recent()).hasSize(ImportJobs.KEPT).first().extracting(ImportJob::id).isEqualTo(last);
        assertThat(jobs.get("no-such-job")).isEmpty();
    }

    private ImportJob awaitEnd(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = jobs.get(id).orElseThrow();
            if (job.state() != ImportJob.State.RUNNING) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("job " + id + " did not end within 30 s");
    }

    private static IssueStore newStore() {
        IssueStore store = new IssueStore(Database.H2_MEMORY.openDataSource(), IssueSink.NONE);
        store.createSchema();
        return store;
    }
}
