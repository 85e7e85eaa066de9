package org.saleskpi.store.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.saleskpi.core.goal.Page;
import org.saleskpi.core.goal.PageRequest;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.Quota;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;
import org.saleskpi.store.AoSession;
import org.saleskpi.store.EntityManagerSession;
import org.saleskpi.store.Database;

class StoredQuotasTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static Quota quota(String project, String rep, int month, String amount) {
        LocalDate start = JAN.plusMonths(month - 1);
        return new Quota(0, project, rep, new Period(start, start.plusMonths(1)), new BigDecimal(amount));
    }

    private static StoredQuotas quotas(AoSession session) {
        session.migrate(QuotaEntity.class);
        return new StoredQuotas(session);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aQuotaComesBackExactly(Database database) {
        StoredQuotas quotas = quotas(new EntityManagerSession(database.open()));
        Quota stored = quotas.create(new Quota(0, "SALES", "jürgen.ß-営業", new Period(JAN, LocalDate.of(2026, 4, 1)),
                new BigDecimal("123456789012345678901234567890.0100")));

        assertThat(stored.id()).isPositive();
        Quota read = quotas.get(stored.id()).orElseThrow();
        assertThat(read).isEqualTo(stored);
        // Scale and every digit survive: no floating point on the way.
        assertThat(read.amount()).isEqualTo(new BigDecimal("123456789012345678901234567890.0100"));
        assertThat(read.period()).isEqualTo(new Period(JAN, LocalDate.of(2026, 4, 1)));
        assertThat(quotas.get(stored.id() + 1000)).isEmpty();

        quotas.delete(stored.id());
        assertThat(quotas.get(stored.id())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void pagesFilterByProjectAndRepInOrder(Database database) {
        StoredQuotas quotas = quotas(new EntityManagerSession(database.open()));
        for (int month = 12; month >= 1; month--) {
            quotas.create(quota("SALES", "bob", month, "100"));
            quotas.create(quota("SALES", "alice", month, "200"));
            quotas.create(quota("OTHER", "alice", month, "999"));
        }

        Page<Quota> alice = quotas.ofRep("SALES", "alice", new PageRequest(10, 5));
        assertThat(alice.total()).isEqualTo(12);
        assertThat(alice.items()).extracting(q -> q.period().start().getMonthValue()).containsExactly(11, 12);
        assertThat(alice.items()).allMatch(q -> q.projectKey().equals("SALES") && q.repKey().equals("alice"));

        Page<Quota> sales = quotas.ofProject("SALES", new PageRequest(10, 4));
        assertThat(sales.total()).isEqualTo(24);
        // alice's last two months, then bob's first two.
        assertThat(sales.items()).extracting(q -> q.repKey() + " " + q.period().start().getMonthValue())
                .containsExactly("alice 11", "alice 12", "bob 1", "bob 2");
        assertThat(quotas.ofProject("NONE", PageRequest.first(10))).isEqualTo(new Page<Quota>(List.of(), 0));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void targetsReadTheOverlappingQuotasOfTheProject(Database database) {
        StoredQuotas quotas = quotas(new EntityManagerSession(database.open()));
        // alice: Q1 9000 (90 days); bob: February 2800; OTHER's alice: March, never seen from SALES.
        quotas.create(new Quota(0, "SALES", "alice", new Period(JAN, LocalDate.of(2026, 4, 1)), new BigDecimal("9000")));
        quotas.create(quota("SALES", "bob", 2, "2800"));
        quotas.create(quota("OTHER", "alice", 3, "5"));
        quotas.create(quota("SALES", "alice", 12, "1"));

        Period februaryToMarch = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1));
        assertThat(quotas.overlapping("SALES", februaryToMarch)).extracting(Quota::repKey)
                .containsExactly("alice", "bob");

        Inputs targets = quotas.targets("SALES", februaryToMarch);
        Period february = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        // alice, February: 9000 × 28 / 90 = 2800; March: 9000 × 31 / 90 = 3100.
        assertThat(targets.value(KpiCatalog.TARGET, february, "alice").orElseThrow()).isEqualByComparingTo("2800");
        assertThat(targets.value(KpiCatalog.TARGET, march, "alice").orElseThrow()).isEqualByComparingTo("3100");
        // The team in February: alice's 2800 + bob's whole 2800 = 5600; bob has nothing in March.
        assertThat(targets.value(KpiCatalog.TARGET, february, "").orElseThrow()).isEqualByComparingTo("5600");
        assertThat(targets.value(KpiCatalog.TARGET, march, "bob")).isEmpty();
    }
}
