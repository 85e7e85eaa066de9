package org.saleskpi.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.period.Period;
import org.saleskpi.store.kpi.StoredQuotas;

/**
 * A transaction begun inside another joins it, as in Jira: writes that are each a transaction of their own (a quota)
 * made inside a larger one are kept or dropped with it, which the first start's demo plan relies on.
 */
class NestedTransactionsTest {
    private static final Period JANUARY = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));

    private static Quota quota(String rep) {
        return new Quota(0, "SALES", rep, JANUARY, new BigDecimal("1000"));
    }

    private static int stored(StoredQuotas quotas) {
        return quotas.ofProject("SALES", new PageRequest(0, 100)).items().size();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anOuterTransactionThatFailsDropsTheInnerOnesWrites(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoreSchema.schemaUpgrade(session).run();
        StoredQuotas quotas = new StoredQuotas(session);

        assertThatThrownBy(() -> session.inTransaction(() -> {
            quotas.create(quota("rep01"));
            quotas.create(quota("rep02"));
            throw new IllegalStateException("halfway");
        })).hasMessage("halfway");

        assertThat(stored(quotas)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void anOuterTransactionThatSucceedsKeepsTheInnerOnesWritesAndTheNextOneStandsAlone(Database database) {
        AoSession session = new EntityManagerSession(database.open());
        StoreSchema.schemaUpgrade(session).run();
        StoredQuotas quotas = new StoredQuotas(session);

        session.inTransaction(() -> {
            quotas.create(quota("rep01"));
            return quotas.create(quota("rep02"));
        });
        quotas.create(quota("rep03"));

        assertThat(stored(quotas)).isEqualTo(3);
    }
}
