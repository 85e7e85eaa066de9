package org.saleskpi.server.issues;

import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueSink;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.demo.DemoSpec;
import org.saleskpi.server.demo.DemoLoader;
import org.saleskpi.server.progress.Progress;
import org.saleskpi.server.progress.ProgressLine;
import org.saleskpi.store.Database;

/**
 * The store at the sizes it must handle, on an H2 file as the server runs it. The million-issue
 * run is opt-in: {@code -Dsaleskpi.volume.issues=1000000}.
 */
class IssueStoreVolumeTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    @Test
    void twentyThousandIssuesSaveInOneTransactionWithinAFewSeconds() {
        IssueStore store = new IssueStore(Database.H2_FILE.openDataSource(), IssueSink.NONE);
        store.createSchema();
        DemoLoader.FIELDS.forEach(store::defineField);
        DemoSpec spec = DemoSpec.of(1, 20_000, LocalDate.of(2024, 1, 1), ZONE);
        List<IndexedIssue> issues = DemoIssues.generateList(spec).stream()
                .map(record -> DemoLoader.describe(record, ZONE)).toList();

        long start = System.nanoTime();
        store.save(issues, IssueWrite.anonymous(Instant.parse("2024-06-01T00:00:00Z")), Progress.NONE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("saved 20000 issues on H2 file in " + took.toMillis() + " ms");

        assertThat(store.count()).isEqualTo(20_000);
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    @EnabledIfSystemProperty(named = "saleskpi.volume.issues", matches = "\\d+")
    void demoLoadAtTheRequestedSize() {
        int count = Integer.parseInt(System.getProperty("saleskpi.volume.issues"));
        IssueStore store = new IssueStore(Database.H2_FILE.openDataSource(), IssueSink.NONE);
        store.createSchema();
        DemoSpec spec = DemoSpec.of(1, count, LocalDate.of(2024, 1, 1), ZONE);

        long start = System.nanoTime();
        new DemoLoader(store).load(spec, new ProgressLine(System.out, "volume"));
        System.out.println("loaded " + count + " demo issues on H2 file in "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        start = System.nanoTime();
        RecordingSink reloaded = new RecordingSink();
        store.loadInto(reloaded, Progress.NONE);
        System.out.println("read them back in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");

        assertThat(reloaded.issues).hasSize(count);
    }
}
