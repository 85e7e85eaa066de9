package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.user.UserRef;

/** What a source keeps of its loaded tables: one version per scope, kept once (ADR 0055). */
class KeptTablesTest {
    private static final UserRef VIEWER = new UserRef("bob", "Bob");
    private static final IssueQuery SALES = new IssueQuery("project = SALES", VIEWER, Set.of(Column.KEY,
            Column.STATUS), TwelveIssues.ZONE);

    private final IssueIndex index = TwelveIssues.index();
    private final AtomicInteger roomAsked = new AtomicInteger();
    private final IndexedIssueSource source = new IndexedIssueSource(index,
            (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), TwelveIssues.CLOCK, TwelveIssues.ZONE)
            .keepingTables(IndexedIssueSource.CACHED_TABLES, () -> {
                roomAsked.incrementAndGet();
                return IndexedIssueSource.CACHED_BYTES;
            });

    @Test
    void aLoadTheKeptTableAnswersKeepsNothingAgainAndAsksTheHostNoRoom() {
        IssueTable first = source.load(SALES);
        int kept = roomAsked.get();

        for (int i = 0; i < 3; i++) {
            assertThat(source.load(SALES)).isSameAs(first);
        }
        assertThat(roomAsked).hasValue(kept);
        // The room is asked when a table is kept: the next version's.
        write("SALES-20");
        assertThat(source.load(SALES).size()).isEqualTo(9);
        assertThat(roomAsked).hasValue(kept + 1);
    }

    @Test
    void aSupersededVersionIsNotKeptOnceANewerOneIs() throws InterruptedException {
        assertThat(supersededIsReleased(source)).isTrue();
    }

    @Test
    void aSupersededVersionIsNotKeptOnceANewerOneIsWhenRecentAnswersAreOn() throws InterruptedException {
        assertThat(supersededIsReleased(source.answeringRecentWhileRefreshing(Duration.ofSeconds(10)))).isTrue();
    }

    /** Whether the table of the version before a write becomes unreachable once the table after it is kept. */
    private boolean supersededIsReleased(IndexedIssueSource tables) throws InterruptedException {
        WeakReference<IssueTable> before = new WeakReference<>(tables.load(SALES));
        tables.load(new IssueQuery("project = SALES", VIEWER, Set.of(Column.STATUS), TwelveIssues.ZONE))
                .remember("figures", "of the version before");
        write("SALES-20");
        IssueTable after = tables.load(SALES);
        assertThat(after.size()).isEqualTo(9);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (before.get() != null && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        return before.get() == null;
    }

    private void write(String key) {
        index.upsert(List.of(TwelveIssues.issue(IssueRecord.builder(key, "SALES").type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse("2024-03-15T09:00:00Z")),
                "A new deal", "", Set.of())));
    }
}
