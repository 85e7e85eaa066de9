package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueSource;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.user.UserRef;
import org.saleskpi.web.ApiServer;
import org.saleskpi.web.SalesBook;
import org.saleskpi.web.guard.Guardrails;
import org.saleskpi.web.guard.Limits;

/**
 * A KPI request runs the engine once over its table for the whole period and its groups, and once more only for
 * buckets, which are other time bins. Every evaluation asks the table's memo once, so a memo that keeps nothing
 * counts the engine's passes.
 */
class KpiPassesTest {
    private static final AtomicInteger PASSES = new AtomicInteger();
    private static ApiServer api;
    private static long sales;

    @BeforeAll
    static void start() throws Exception {
        api = ApiServer.start(SalesBook.access(), SalesBook.issues(), SalesBook.fields(), SalesBook.PEOPLE,
                SalesBook.CLOCK, (session, services) -> List.of(),
                Guardrails.fixed(new Limits(8, 100_000), SalesBook.CLOCK), KpiPassesTest::counting);
        ApiServer.Answer created = api.post("adam", "/profiles", SalesBook.profileJson("Sales", "SALES",
                "project = SALES"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        sales = created.json().getAsJsonObject().get("id").getAsLong();
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
    }

    @BeforeEach
    void reset() {
        PASSES.set(0);
    }

    /** The issues as the store gives them, each table counting the evaluations run on it and keeping none. */
    private static IssueSource counting(IssueSource store) {
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
        return new IssueSource() {
            @Override
            public IssueTable load(IssueQuery query) {
                return store.load(query).rememberingIn(counter);
            }

            @Override
            public long count(String jql, UserRef user) {
                return store.count(jql, user);
            }
        };
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
        ApiServer.Answer answer = api.get("adam", "/kpis/" + kpi + "?profile=" + sales
                + "&period=2024-01-01..2024-04-01" + more);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(PASSES).hasValue(passes);
    }
}
