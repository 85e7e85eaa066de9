package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.jql.JqlPeople;
import org.saleskpi.core.user.UserRef;

/** Identical loads that arrive together gather the table once (single flight). */
class ConcurrentLoadsTest {
    private static final UserRef VIEWER = new UserRef("alice", "Alice");

    @Test
    void identicalConcurrentLoadsGatherOnce() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger historyReads = new AtomicInteger();
        // The store's histories are read inside the load: the first load is held there until the others have lined up.
        IssueHistories histories = (keys, fieldIds) -> {
            historyReads.incrementAndGet();
            reading.countDown();
            SingleFlightTest.await(release);
            return Map.of();
        };
        IndexedIssueSource source = new IndexedIssueSource(TwelveIssues.index(),
                (user, projects) -> new Visibility(Set.copyOf(projects), Set.of()), TwelveIssues.CLOCK,
                TwelveIssues.ZONE, JqlPeople.NONE, histories);
        IssueQuery query = new IssueQuery("project = SALES", VIEWER, Set.of(Column.KEY, Column.STATUS),
                TwelveIssues.ZONE, Set.of(Column.STATUS));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            Future<IssueTable> first = threads.submit(() -> source.load(query));
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<IssueTable>> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(threads.submit(() -> source.load(query)));
            }
            SingleFlightTest.waitUntil(() -> source.waitingLoads(query) == 5);
            release.countDown();

            IssueTable table = first.get(10, TimeUnit.SECONDS);
            for (Future<IssueTable> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isSameAs(table);
            }
            assertThat(historyReads).hasValue(1);
            // SALES holds SALES-1 to 5, 10, 11 and 12 of the twelve issues (the other four are OPS): one gather of 8 rows.
            assertThat(table.size()).isEqualTo(8);
            assertThat(source.gatheredRows()).isEqualTo(8);
        } finally {
            threads.shutdownNow();
        }
    }
}
