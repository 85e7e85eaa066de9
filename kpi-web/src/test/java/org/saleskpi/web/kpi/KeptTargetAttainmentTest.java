package org.saleskpi.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueQuery;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.web.ApiServer;

/**
 * Target attainment asks the reps' quotas, so its pass is kept with the quotas it read (ADR 0053): over a host that
 * keeps results per query (as the index keeps them per scope and version), the same quotas find the kept result,
 * and a changed quota is another result at once. Won deals in March: 3500.75 (KpiResourceTest).
 */
class KeptTargetAttainmentTest {
    private static final String MARCH = "&period=2024-03-01..2024-04-01";
    /** Results the host kept, counted as they are kept. */
    private static final AtomicInteger KEPT = new AtomicInteger();
    private static final Map<IssueQuery, IssueTable.Memo> MEMOS = new ConcurrentHashMap<>();
    private static RememberingSalesBook book;

    /** Over the issues as the store gives them, each query's tables keeping their results in one memo. */
    @BeforeAll
    static void start() throws Exception {
        book = RememberingSalesBook.start(query -> MEMOS.computeIfAbsent(query, q -> new Kept()));
    }

    @AfterAll
    static void stop() throws Exception {
        book.close();
    }

    private static final class Kept implements IssueTable.Memo {
        private final Map<Object, Object> results = new ConcurrentHashMap<>();

        @Override
        public Optional<Object> get(Object key) {
            return Optional.ofNullable(results.get(key));
        }

        @Override
        public void put(Object key, Object result) {
            KEPT.incrementAndGet();
            results.put(key, result);
        }
    }

    @Test
    void aChangedQuotaChangesTheKeptAttainmentAtOnce() {
        quota("alice", "4000");
        quota("bob", "3001.50");

        // 3500.75 / (4000 + 3001.50) = 0.5, computed and kept.
        assertThat(attainment()).isEqualByComparingTo("0.5");
        int kept = KEPT.get();
        assertThat(kept).isPositive();
        // The same quotas: the kept result, nothing computed again.
        assertThat(attainment()).isEqualByComparingTo("0.5");
        assertThat(KEPT).hasValue(kept);

        // Bob's quota replaced: 3500.75 / (4000 + 1000.75), at once.
        quota("bob", "1000.75");
        assertThat(attainment()).isEqualByComparingTo(new BigDecimal("3500.75").divide(new BigDecimal("5000.75"),
                MathContext.DECIMAL128));
        assertThat(KEPT.get()).isGreaterThan(kept);

        // Back to the first quotas: the first result again, still kept.
        quota("bob", "3001.50");
        int keptBefore = KEPT.get();
        assertThat(attainment()).isEqualByComparingTo("0.5");
        assertThat(KEPT).hasValue(keptBefore);
    }

    private static void quota(String rep, String amount) {
        ApiServer.Answer answer = book.api().put("adam", "/quotas", "{\"profileId\":" + book.sales() + ",\"repKey\":\"" + rep
                + "\",\"startDate\":\"2024-03-01\",\"endDate\":\"2024-03-31\",\"amount\":" + amount + "}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    private static BigDecimal attainment() {
        ApiServer.Answer answer = book.api().get("vera", "/kpis/target-attainment?profile=" + book.sales() + MARCH);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json().getAsJsonObject().get("value").getAsBigDecimal();
    }
}
