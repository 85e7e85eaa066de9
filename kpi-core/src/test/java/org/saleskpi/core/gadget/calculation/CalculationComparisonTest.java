package org.saleskpi.core.gadget.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.SalesModel;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.RelativePeriod;
import org.saleskpi.core.period.SalesCalendar;

/** A running period against the previous one up to the same day (docs/period-comparisons.md). */
class CalculationComparisonTest {
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");
    private static final FigureChoice GROWTH = FigureChoice.headline(Kpi.SALES_GROWTH);

    private final CalculationGadget gadget = new CalculationGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Q3 2026: 1000 on 1 Jul, 500 on 5 Sep, 4000 on 6 Sep, 2500 on 30 Sep. Q4 so far: 800 on 1 Oct,
     * 400 on 5 Dec. Quarter to date on 5 December: 1 Oct - 5 Dec = 1200 against 1 Jul - 5 Sep = 1500,
     * down 300, -20 %. The old comparison took the whole Q3 (8000): down 85 %.
     */
    private static IssueTable quarters() {
        return Pipeline.table(
                deal("S-1").amount("1000").won("2026-07-01"),
                deal("S-2").amount("500").won("2026-09-05"),
                deal("S-3").amount("4000").won("2026-09-06"),
                deal("S-4").amount("2500").won("2026-09-30"),
                deal("S-5").amount("800").won("2026-10-01"),
                deal("S-6").amount("400").won("2026-12-05"),
                deal("S-7").amount("9000").won("2026-12-06"));
    }

    @Test
    void quarterToDateAgainstThePreviousQuarterToTheSameDay() {
        CalculationDataset dataset = gadget.dataset(quarters(), asOf("this-quarter", "2026-12-05", Pipeline.model()),
                Inputs.none());

        assertThat(dataset.running()).isTrue();
        assertThat(dataset.period()).isEqualTo(new Period(date("2026-10-01"), date("2026-12-06")));
        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2026-07-01"), date("2026-09-06")));
        assertThat(number(dataset.value())).isEqualByComparingTo("1200");
        assertThat(number(dataset.previous())).isEqualByComparingTo("1500");
        assertThat(number(dataset.delta())).isEqualByComparingTo("-300");
        assertThat(number(dataset.relativeDelta())).isEqualByComparingTo("-0.2");
    }

    @Test
    void aFinishedQuarterAgainstTheWholeQuarterBefore() {
        // On 1 January Q4 is over: 800 + 400 + 9000 = 10200 against all of Q3, 8000.
        CalculationDataset dataset = gadget.dataset(quarters(), asOf("last-quarter", "2027-01-01", Pipeline.model()),
                Inputs.none());

        assertThat(dataset.running()).isFalse();
        assertThat(dataset.period()).isEqualTo(new Period(date("2026-10-01"), date("2027-01-01")));
        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2026-07-01"), date("2026-10-01")));
        assertThat(number(dataset.value())).isEqualByComparingTo("10200");
        assertThat(number(dataset.previous())).isEqualByComparingTo("8000");
    }

    @Test
    void periodSalesGrowthOfARunningQuarterComparesTheSameElapsedSpan() {
        // KPI 7 over Q4 so far: (1200 - 1500) / 1500 = -0.2, as the gadget's own comparison.
        CalculationDataset dataset = gadget.dataset(quarters(), asOf("this-quarter", "2026-12-05", Pipeline.model()),
                Inputs.none());
        CalculationDataset growth = gadget.dataset(quarters(),
                new CalculationOptions(GROWTH, dataset.period(), period("this-quarter", "2026-12-05"),
                        Optional.of(date("2026-12-05"))), Inputs.none());

        assertThat(number(growth.value())).isEqualByComparingTo("-0.2");
        // The growth of Q3 to 5 Sep would need Q2 to 5 Jun, which is not compared: absent, not a guess.
        assertThat(growth.previous()).isEqualTo(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
    }

    /*
     * Fiscal year from April. FY to date on 5 Dec 2026 is 1 Apr - 5 Dec 2026: 700 (10 Apr) + 300 (5 Dec)
     * = 1000; the previous FY to the same day, 1 Apr - 5 Dec 2025: 600 (1 Apr 2025) + 200 (5 Dec 2025)
     * = 800; 6 Dec 2025 (5000) and 31 Mar 2025 (3000, the FY before) are outside. Up 200, +25 %.
     */
    @Test
    void fiscalYearToDateAgainstThePreviousFiscalYearToTheSameDay() {
        SalesModel april = Pipeline.fiscalModel(4);
        IssueTable table = Pipeline.table(
                deal("F-1").amount("3000").won("2025-03-31"),
                deal("F-2").amount("600").won("2025-04-01"),
                deal("F-3").amount("200").won("2025-12-05"),
                deal("F-4").amount("5000").won("2025-12-06"),
                deal("F-5").amount("700").won("2026-04-10"),
                deal("F-6").amount("300").won("2026-12-05"));

        CalculationDataset dataset = new CalculationGadget(GadgetScope.of(april)).dataset(table,
                asOf("this-fiscal-year", "2026-12-05", april), Inputs.none());

        assertThat(dataset.period()).isEqualTo(new Period(date("2026-04-01"), date("2026-12-06")));
        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2025-04-01"), date("2025-12-06")));
        assertThat(number(dataset.value())).isEqualByComparingTo("1000");
        assertThat(number(dataset.previous())).isEqualByComparingTo("800");
        assertThat(number(dataset.relativeDelta())).isEqualByComparingTo("0.25");
    }

    /*
     * 31 March 2026 against February (28 days): the previous span is all of February, clamped.
     * March: 100 (1 Mar), 200 (31 Mar) = 300. February: 50 (1 Feb), 70 (28 Feb) = 120.
     */
    @Test
    void theLastDayOfMarchAgainstAllOfAShortFebruary() {
        IssueTable table = Pipeline.table(
                deal("M-1").amount("50").won("2026-02-01"),
                deal("M-2").amount("70").won("2026-02-28"),
                deal("M-3").amount("100").won("2026-03-01"),
                deal("M-4").amount("200").won("2026-03-31"));

        CalculationDataset dataset = gadget.dataset(table, asOf("this-month", "2026-03-31", Pipeline.model()),
                Inputs.none());

        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2026-02-01"), date("2026-03-01")));
        assertThat(number(dataset.value())).isEqualByComparingTo("300");
        assertThat(number(dataset.previous())).isEqualByComparingTo("120");
    }

    /*
     * Europe/Berlin leaves summer time on 25 October 2026: that day has 25 hours, and a day still
     * ends at local midnight. Month to date on 25 October is 1 - 25 October against 1 - 25 September.
     * October: 23:30 on 25 Oct (22:30 UTC) counts, 100; 00:30 on 26 Oct, which is
     * 23:30 UTC on the 25th, is the next local day and does not: 1000. September: 00:15 on 1 Sep, 10;
     * 23:45 on 25 Sep, 20; 00:15 on 26 Sep (22:15 UTC on the 25th) does not count, 2000.
     */
    @Test
    void dayBoundariesAreLocalMidnightsAcrossTheEndOfSummerTime() {
        IssueTable table = Pipeline.table(
                deal("D-1").amount("10").wonAt("2026-09-01T00:15"),
                deal("D-2").amount("20").wonAt("2026-09-25T23:45"),
                deal("D-3").amount("2000").wonAt("2026-09-26T00:15"),
                deal("D-4").amount("100").wonAt("2026-10-25T23:30"),
                deal("D-5").amount("1000").wonAt("2026-10-26T00:30"));

        CalculationDataset dataset = gadget.dataset(table, asOf("this-month", "2026-10-25", Pipeline.model()),
                Inputs.none());

        assertThat(dataset.period()).isEqualTo(new Period(date("2026-10-01"), date("2026-10-26")));
        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2026-09-01"), date("2026-09-26")));
        assertThat(number(dataset.value())).isEqualByComparingTo("100");
        assertThat(number(dataset.previous())).isEqualByComparingTo("30");
    }

    /*
     * Summer time starts on 29 March 2026 (23 hours). Month to date on 29 March against February to
     * the 28th, its last day, so all of February: 40 (28 Feb, 23:50). March: 5 (29 Mar, 00:30, before
     * the clocks jump), 7 (29 Mar, 23:50); 30 Mar 00:10 (22:10 UTC on the 29th) is outside: 900.
     */
    @Test
    void dayBoundariesAreLocalMidnightsAcrossTheStartOfSummerTime() {
        IssueTable table = Pipeline.table(
                deal("E-1").amount("40").wonAt("2026-02-28T23:50"),
                deal("E-2").amount("5").wonAt("2026-03-29T00:30"),
                deal("E-3").amount("7").wonAt("2026-03-29T23:50"),
                deal("E-4").amount("900").wonAt("2026-03-30T00:10"));

        CalculationDataset dataset = gadget.dataset(table, asOf("this-month", "2026-03-29", Pipeline.model()),
                Inputs.none());

        assertThat(dataset.period()).isEqualTo(new Period(date("2026-03-01"), date("2026-03-30")));
        assertThat(dataset.previousPeriod()).isEqualTo(new Period(date("2026-02-01"), date("2026-03-01")));
        assertThat(number(dataset.value())).isEqualByComparingTo("12");
        assertThat(number(dataset.previous())).isEqualByComparingTo("40");
    }

    private static CalculationOptions asOf(String key, String today, SalesModel model) {
        LocalDate day = date(today);
        RelativePeriod period = RelativePeriod.parse(key);
        SalesCalendar calendar = model.calendar();
        return new CalculationOptions(WON_AMOUNT, period.resolve(calendar, day), period.whole(calendar, day),
                Optional.of(day));
    }

    private static Period period(String key, String today) {
        return RelativePeriod.parse(key).whole(Pipeline.model().calendar(), date(today));
    }

    private static BigDecimal number(Value value) {
        return ((Value.Present) value).number();
    }
}
