package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.web.ApiServer;

/**
 * A KPI request runs the engine once over its table for the whole period and its groups, and once more only for
 * buckets, which are other time bins. Every evaluation asks the table's memo once, so a memo that keeps nothing
 * counts the engine's passes.
 */
class KpiPassesTest {
    private static final AtomicInteger PASSES = new AtomicInteger();
    private static RememberingSalesBook book;

    /** Over the issues as the store gives them, each table counting the evaluations run on it and keeping none. */
    @BeforeAll
    static void start() throws Exception {
        IssueTable.Memo counter = new IssueTable.Memo() {
            @Override
            public Optional<Object> get(Object key) {
                PASSES.incrementAndGet();
                return Optional.empty();
            }

            @Override
            public void put(Object key, Object result) {
            }
        };
        book = RememberingSalesBook.start(query -> counter);
    }

    @AfterAll
    static void stop() throws Exception {
        book.close();
    }

    @BeforeEach
    void reset() {
        PASSES.set(0);
    }

    @ParameterizedTest(name = "{0}{1}: {2} pass(es)")
    @CsvSource({
        // Ungrouped: the whole period alone.
        "won-revenue, '', 1",
        // Sales per rep is grouped by rep by itself: the headline and the reps in one pass (two before).
        "sales-per-rep, '', 1",
        "won-revenue, &groupBy=rep, 1",
        // Buckets: the whole period with its groups, then the months (three passes before).
        "sales-per-rep, &bucket=month, 2",
        "won-revenue, &bucket=month&groupBy=rep, 2",
    })
    void oneEnginePassForThePeriodAndItsGroups(String kpi, String more, int passes) {
        ApiServer.Answer answer = book.api().get("adam", "/kpis/" + kpi + "?profile=" + book.sales()
                + "&period=2024-01-01..2024-04-01" + more);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(PASSES).hasValue(passes);
    }
}
