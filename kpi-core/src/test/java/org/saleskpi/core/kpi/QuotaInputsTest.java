package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.validation.FieldError;
import org.saleskpi.core.validation.InvalidInputException;

class QuotaInputsTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 1);
    private static final LocalDate APR = LocalDate.of(2026, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    private static Quota quota(String rep, LocalDate start, LocalDate end, String amount) {
        return new Quota(0, "SALES", rep, new Period(start, end), new BigDecimal(amount));
    }

    // alice: Q1 2026 = 9000 over 90 days (31 + 28 + 31), April = 3000 over 30 days.
    // bob: January = 1000.00 exactly.
    private final Inputs quotas = new QuotaInputs(List.of(
            quota("alice", JAN, APR, "9000"),
            quota("alice", APR, MAY, "3000"),
            quota("bob", JAN, FEB, "1000.00")));

    private BigDecimal target(Period period, String rep) {
        return quotas.value(KpiCatalog.TARGET, period, rep).orElseThrow();
    }

    @Test
    void aQuotaForExactlyTheAskedPeriodIsTakenAsItIs() {
        assertThat(target(new Period(JAN, APR), "alice")).isEqualByComparingTo("9000");
        // Scale kept: the exact amount, not a recomputed share.
        assertThat(target(new Period(JAN, FEB), "bob")).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void aPeriodInsideAQuotaGetsItsShareByDays() {
        // January: 31 of Q1's 90 days, 9000 × 31 / 90 = 3100.
        assertThat(target(new Period(JAN, FEB), "alice")).isEqualByComparingTo("3100");
        // 15 Feb to 15 Mar: 14 days of February + 14 of March = 28 days, 9000 × 28 / 90 = 2800.
        assertThat(target(new Period(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15)), "alice"))
                .isEqualByComparingTo("2800");
    }

    @Test
    void aPeriodAcrossTwoQuotasAddsBothShares() {
        // March and April: Q1's share 9000 × 31 / 90 = 3100, plus all of April's 3000 = 6100.
        assertThat(target(new Period(MAR, MAY), "alice")).isEqualByComparingTo("6100");
    }

    @Test
    void theWholeTeamIsTheUngroupedTarget() {
        // January: alice's 3100 + bob's 1000.00 = 4100.
        assertThat(target(new Period(JAN, FEB), "")).isEqualByComparingTo("4100");
    }

    @Test
    void aShareThatDoesNotDivideEvenlyKeeps34SignificantDigits() {
        Inputs three = new QuotaInputs(List.of(quota("carol", JAN, JAN.plusDays(3), "100")));
        // 100 × 1 / 3
        assertThat(three.value(KpiCatalog.TARGET, Period.day(JAN), "carol")).contains(
                new BigDecimal("33.33333333333333333333333333333333"));
    }

    @Test
    void noOverlappingQuotaIsNoTargetAndOtherInputsAreNotQuotas() {
        assertThat(quotas.value(KpiCatalog.TARGET, new Period(MAY, MAY.plusMonths(1)), "alice")).isEmpty();
        assertThat(quotas.value(KpiCatalog.TARGET, new Period(JAN, FEB), "dave")).isEmpty();
        assertThat(quotas.value("budget", new Period(JAN, FEB), "alice")).isEmpty();
    }

    @Test
    void aQuotaNamesItsBadFields() {
        assertThatThrownBy(() -> quota(" ", JAN, FEB, "-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("repKey", "amount"));
        assertThatThrownBy(() -> quota("alice", LocalDate.of(9999, 12, 1), LocalDate.of(10000, 1, 1), "1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("period"));
        assertThat(quota("alice", JAN, FEB, "0").amount()).isZero();
    }
}
