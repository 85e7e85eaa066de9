package org.saleskpi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.kpi.SalesFixture.march2024;
import static org.saleskpi.core.kpi.SalesFixture.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/** Every KPI of KPI-DEFINITIONS.md on {@link SalesFixture}'s March 2024, worked out by hand. */
class KpiCatalogTest {
    private static final Period MARCH = new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1));
    private static final Period FEBRUARY = new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    private static final Period APRIL = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));

    private final KpiEngine engine = new KpiEngine(model());
    private final IssueTable table = SalesFixture.table(engine, march2024());

    private KpiResult march(Kpi kpi) {
        return engine.compute(table, kpi, MARCH, Inputs.none());
    }

    private static BigDecimal number(Value value) {
        assertThat(value).isInstanceOf(Value.Present.class);
        return ((Value.Present) value).number();
    }

    private static void assertNumber(Value value, String expected) {
        assertThat(number(value)).isEqualByComparingTo(expected);
    }

    private static void assertClose(Value value, BigDecimal expected) {
        assertThat(number(value).round(MathContext.DECIMAL64)).isEqualByComparingTo(expected.round(MathContext.DECIMAL64));
    }

    private static void assertAbsent(Value value, AbsentReason reason) {
        assertThat(value).isEqualTo(Value.absent(reason));
    }

    @Test
    void wonRevenueCountsDealsWonInTheLocalMonth() {
        // Won with a March close date in Berlin: D1 1000.50 + D2 2000.25 + D6 99.99 (23:30 on 31 March).
        // D7 closed 00:30 on 1 April Berlin time (still 31 March in UTC) belongs to April.
        KpiResult result = march(Kpi.WON_REVENUE);
        assertNumber(result.figure("amount").single(), "3100.74");
        assertNumber(result.figure("count").single(), "3");
    }

    @Test
    void targetAttainmentIsActualOverTargetAndAbsentWithoutTarget() {
        // 3100.74 / 5000 = 0.620148
        KpiResult withTarget = engine.compute(table, Kpi.TARGET_ATTAINMENT, MARCH,
                (name, period, group) -> Optional.of(new BigDecimal("5000")));
        assertNumber(withTarget.headline().single(), "0.620148");
        // No target: attainment absent, the actual still shown.
        KpiResult withoutTarget = march(Kpi.TARGET_ATTAINMENT);
        assertAbsent(withoutTarget.headline().single(), AbsentReason.NO_TARGET);
        assertNumber(withoutTarget.figure("actual").single(), "3100.74");
    }

    @Test
    void targetAttainmentCanCountWonDealsOrNewCustomers() {
        KpiEngine byCount = new KpiEngine(model(), new KpiOptions(KpiOptions.Attainment.WON_COUNT,
                KpiOptions.ClvMethod.HISTORICAL, KpiOptions.ClvWindow.ALL_TIME, KpiOptions.ChurnMode.AUTO));
        // 3 won deals against a target of 4 = 0.75.
        assertNumber(byCount.compute(table, Kpi.TARGET_ATTAINMENT, MARCH,
                (n, p, g) -> Optional.of(BigDecimal.valueOf(4))).headline().single(), "0.75");
        KpiEngine byCustomers = new KpiEngine(model(),
                new KpiOptions(KpiOptions.Attainment.NEW_CUSTOMERS, KpiOptions.ClvMethod.HISTORICAL,
                        KpiOptions.ClvWindow.ALL_TIME, KpiOptions.ChurnMode.AUTO));
        // One customer issue created in March (Beta) against a target of 2 = 0.5.
        assertNumber(byCustomers.compute(table, Kpi.TARGET_ATTAINMENT, MARCH,
                (n, p, g) -> Optional.of(BigDecimal.valueOf(2))).headline().single(), "0.5");
    }

    @Test
    void salesPerRepListsEveryRepOwningADealWithZeroWhenNothingWon() {
        // alice won D1, D2, D6 = 3100.74; bob owns deals (D3 lost, D4 won in Feb, D7 won in April)
        // and carol owns the open D5: both appear with 0 and no average deal size.
        KpiResult result = march(Kpi.SALES_PER_REP);
        Grid amount = result.figure("amount");
        assertThat(amount.groups()).containsExactly("alice", "bob", "carol");
        assertNumber(amount.value("alice", 0), "3100.74");
        assertNumber(amount.value("bob", 0), "0");
        assertNumber(result.figure("count").value("carol", 0), "0");
        // alice's average deal: 3100.74 / 3 = 1033.58
        assertNumber(result.figure("averageDealSize").value("alice", 0), "1033.58");
        assertAbsent(result.figure("averageDealSize").value("bob", 0), AbsentReason.NO_DATA);
    }

    @Test
    void salesCycleIsMeanAndMedianDaysFromCreatedToClose() {
        // D1 10 Feb -> 5 Mar = 24 days (2024 is a leap year), D2 1 -> 21 Mar = 20, D6 5 Feb -> 31 Mar = 55.
        // Mean 99 / 3 = 33, median 24.
        KpiResult result = march(Kpi.SALES_CYCLE);
        assertNumber(result.figure("meanDays").single(), "33");
        assertNumber(result.figure("medianDays").single(), "24");
        // No deal won in January: absent, not 0.
        Period january = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        assertAbsent(engine.compute(table, Kpi.SALES_CYCLE, january, Inputs.none()).headline().single(),
                AbsentReason.NO_DATA);
    }

    @Test
    void emailOpenRateIsPooledNotAveraged() {
        // C1 300/1000 and C2 90/100: pooled (300 + 90) / (1000 + 100) = 390 / 1100 = 0.3545...
        // The average of the two rates would be (0.3 + 0.9) / 2 = 0.6.
        assertClose(march(Kpi.EMAIL_OPEN_RATE).headline().single(),
                new BigDecimal("390").divide(new BigDecimal("1100"), MathContext.DECIMAL128));
        // February's only campaign sent nothing: absent.
        assertAbsent(engine.compute(table, Kpi.EMAIL_OPEN_RATE, FEBRUARY, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void newLeadsAndOpportunitiesCountIssuesCreatedInThePeriod() {
        // Leads created in March: L1, L2, L3 (L4 was created in February).
        assertNumber(march(Kpi.NEW_LEADS).headline().single(), "3");
        // Deals created in March: D2, D5, D7.
        assertNumber(march(Kpi.NEW_OPPORTUNITIES).headline().single(), "3");
        // Nothing created in 2023 June's deals: 0, not absent.
        Period june2023 = new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1));
        assertNumber(engine.compute(table, Kpi.NEW_LEADS, june2023, Inputs.none()).headline().single(), "0");
    }

    @Test
    void conversionRatesAndTimeToConvert() {
        // Of the 3 leads created in March, L1 is in a converted status: 1 / 3.
        assertClose(march(Kpi.LEAD_CONVERSION).headline().single(),
                BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
        // Deals closed in March: won D1, D2, D6 and lost D3: 3 / 4.
        assertNumber(march(Kpi.WIN_RATE).headline().single(), "0.75");
        // Converted leads resolved in March: L1 10 days, L4 27 Feb -> 2 Mar = 4 days; mean 7.
        assertNumber(march(Kpi.TIME_TO_CONVERT).headline().single(), "7");
        // No lead created in June 2023: conversion absent, win rate absent.
        Period june2023 = new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 1));
        assertAbsent(engine.compute(table, Kpi.LEAD_CONVERSION, june2023, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
        assertAbsent(engine.compute(table, Kpi.WIN_RATE, june2023, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void salesGrowthAgainstThePreviousCalendarMonth() {
        // March 3100.74 against February's D4 3000: (3100.74 - 3000) / 3000 = 0.03358.
        KpiResult result = march(Kpi.SALES_GROWTH);
        assertNumber(result.headline().single(), "0.03358");
        assertNumber(result.figure("previousAmount").single(), "3000");
        // February against January (nothing won): absent.
        assertAbsent(engine.compute(table, Kpi.SALES_GROWTH, FEBRUARY, Inputs.none()).headline().single(),
                AbsentReason.NO_PREVIOUS_VALUE);
    }

    @Test
    void historicalLifetimeValueOverAllTimeToTheEndOfThePeriod() {
        // Won deals with a customer closed by 31 March: D1 Acme 1000.50, D2 Beta 2000.25, D4 Acme 3000,
        // D6 Gamma 99.99 = 6100.74 over 3 customers = 2033.58.
        KpiResult result = march(Kpi.CLV);
        assertNumber(result.figure("wonAmount").single(), "6100.74");
        assertNumber(result.figure("customers").single(), "3");
        assertNumber(result.headline().single(), "2033.58");
        // Before any won deal: no customer, absent.
        Period january = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
        assertAbsent(engine.compute(table, Kpi.CLV, january, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void lifetimeValueOverThePeriodAlone() {
        // March only: 3100.74 over Acme, Beta, Gamma = 1033.58.
        KpiEngine periodOnly = new KpiEngine(model(),
                new KpiOptions(KpiOptions.Attainment.WON_AMOUNT,
                        KpiOptions.ClvMethod.HISTORICAL, KpiOptions.ClvWindow.PERIOD, KpiOptions.ChurnMode.AUTO));
        assertNumber(periodOnly.compute(table, Kpi.CLV, MARCH, Inputs.none()).headline().single(), "1033.58");
    }

    @Test
    void predictiveLifetimeValue() {
        // Average deal in March 1033.58; 3 deals over 3 customers = 1 deal per customer in 31 days;
        // lifespan: churned customers by 31 March: Gamma 1 Dec 2023 -> 15 Mar 2024 = 105 days,
        // Delta 1 Jan 2023 -> 10 Jan 2024 = 374 days; mean 239.5 days.
        // 1033.58 x (1 / 31) x 239.5 = 7985.22...
        KpiEngine predictive = new KpiEngine(model(),
                new KpiOptions(KpiOptions.Attainment.WON_AMOUNT,
                        KpiOptions.ClvMethod.PREDICTIVE, KpiOptions.ClvWindow.PERIOD, KpiOptions.ChurnMode.AUTO));
        KpiResult result = predictive.compute(table, Kpi.CLV, MARCH, Inputs.none());
        assertNumber(result.figure("lifespanDays").single(), "239.5");
        BigDecimal expected = new BigDecimal("1033.58").multiply(new BigDecimal("239.5"))
                .divide(BigDecimal.valueOf(31), MathContext.DECIMAL128);
        assertClose(result.headline().single(), expected);
    }

    @Test
    void explicitChurnAndRetentionFromCustomerIssues() {
        // S: created before March: Acme, Gamma, Delta; Delta churned in January: S = 2.
        // L: Gamma churned 15 March = 1. N: Beta created 1 March = 1. E = 2 + 1 - 1 = 2.
        // churn = 1 / 2; retention = (E - N) / S = 1 / 2.
        KpiResult churn = march(Kpi.CHURN_RATE);
        assertNumber(churn.figure("atStart").single(), "2");
        assertNumber(churn.figure("atEnd").single(), "2");
        assertNumber(churn.headline().single(), "0.5");
        assertNumber(march(Kpi.RETENTION_RATE).headline().single(), "0.5");
        // Before any customer existed: S = 0, absent.
        Period early = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1));
        assertAbsent(engine.compute(table, Kpi.CHURN_RATE, early, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void derivedChurnFromPurchaseActivity() {
        // Active (won deal) in March: Acme, Beta, Gamma. In April only Beta (D7): 2 of 3 lapsed.
        // In March: February's active Acme (D4) bought again (D1): churn 0 / 1.
        KpiEngine derived = new KpiEngine(model(), KpiOptions.defaults().withChurnMode(KpiOptions.ChurnMode.DERIVED));
        List<Period> months = List.of(MARCH, APRIL);
        Grid churn = derived.compute(table, List.of(Kpi.CHURN_RATE), months, Optional.empty(), Inputs.none())
                .get(Kpi.CHURN_RATE).headline();
        assertNumber(churn.value(0, 0), "0");
        assertClose(churn.value(0, 1), BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
        Grid retention = derived.compute(table, List.of(Kpi.RETENTION_RATE), months, Optional.empty(), Inputs.none())
                .get(Kpi.RETENTION_RATE).headline();
        assertClose(retention.value(0, 1), BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    @Test
    void customerAcquisitionCostInBothModes() {
        // Spend on expenses created in March: 1500.00 + 500.50 = 2000.50.
        // Explicit: one customer issue created in March (Beta): 2000.50.
        assertNumber(march(Kpi.CAC).headline().single(), "2000.50");
        // Derived: customers whose first won deal is in March: Beta (D2) and Gamma (D6); Acme first
        // won in February. 2000.50 / 2 = 1000.25.
        KpiEngine derived = new KpiEngine(model(), KpiOptions.defaults().withChurnMode(KpiOptions.ChurnMode.DERIVED));
        assertNumber(derived.compute(table, Kpi.CAC, MARCH, Inputs.none()).headline().single(), "1000.25");
        // February: no new customer issue: absent.
        assertAbsent(engine.compute(table, Kpi.CAC, FEBRUARY, Inputs.none()).headline().single(),
                AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void everyKpiComputesPerBucketAndTheBucketsMatchSinglePeriods() {
        List<Period> months = model().calendar().buckets(
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 1)), Bucket.MONTH);
        var all = engine.compute(table, List.of(Kpi.values()), months, Optional.empty(),
                (n, p, g) -> Optional.of(BigDecimal.TEN));
        for (Kpi kpi : Kpi.values()) {
            for (int m = 0; m < months.size(); m++) {
                KpiResult single = engine.compute(table, kpi, months.get(m), (n, p, g) -> Optional.of(BigDecimal.TEN));
                Grid bucketed = all.get(kpi).headline();
                int group = bucketed.groups().size() - 1;
                assertThat(bucketed.value(group, m)).as(kpi + " in " + months.get(m))
                        .isEqualTo(single.headline().value(group, 0));
            }
        }
    }

    @Test
    void unconfiguredFieldsMakeTheirKpisAbsent() {
        SalesModel bare = new SalesModel("project = SALES", model().leadTypes(), model().dealTypes(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), model().wonStatuses(),
                model().lostStatuses(), model().convertedStatuses(), model().churnedStatuses(), SalesFixture.AMOUNT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), model().currency(), model().calendar(), 14);
        KpiEngine bareEngine = new KpiEngine(bare);
        IssueTable bareTable = SalesFixture.table(bareEngine, march2024());
        for (Kpi kpi : List.of(Kpi.EMAIL_OPEN_RATE, Kpi.CLV, Kpi.CHURN_RATE, Kpi.CAC)) {
            assertAbsent(bareEngine.compute(bareTable, kpi, MARCH, Inputs.none()).headline().single(),
                    AbsentReason.NOT_CONFIGURED);
        }
        assertNumber(bareEngine.compute(bareTable, Kpi.WON_REVENUE, MARCH, Inputs.none()).headline().single(),
                "3100.74");
    }

    @Test
    void winRatePerRep() {
        // Closed in March: alice won D1, D2, D6 (3 / 3); bob lost D3 (0 / 1); carol closed nothing.
        Grid rate = engine.compute(table, List.of(Kpi.WIN_RATE), List.of(MARCH),
                Optional.of(engine.catalog().byRep()), Inputs.none()).get(Kpi.WIN_RATE).headline();
        assertNumber(rate.value("alice", 0), "1");
        assertNumber(rate.value("bob", 0), "0");
        assertAbsent(rate.value("carol", 0), AbsentReason.ZERO_DENOMINATOR);
    }

    @Test
    void everyKpiComputesPerRepAndPerBucket() {
        List<Period> months = List.of(FEBRUARY, MARCH);
        var byRep = engine.compute(table, List.of(Kpi.values()), months, Optional.of(engine.catalog().byRep()),
                (n, p, g) -> Optional.of(BigDecimal.ONE));
        for (Kpi kpi : Kpi.values()) {
            assertThat(byRep.get(kpi).headline().groups()).as(kpi.key()).containsExactly("alice", "bob", "carol");
            assertThat(byRep.get(kpi).headline().periods()).containsExactly(FEBRUARY, MARCH);
        }
        // New leads per rep: all four leads belong to alice; three were created in March.
        assertNumber(byRep.get(Kpi.NEW_LEADS).headline().value("alice", 1), "3");
        assertNumber(byRep.get(Kpi.NEW_LEADS).headline().value("bob", 1), "0");
    }
}
