package org.saleskpi.core.gadget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.line.LineGadgetTest.numbers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.gadget.line.LineDataset.Kind;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.RelativePeriod;
import org.saleskpi.core.period.SalesCalendar;

/** What each point of a line is compared with (docs/period-comparisons.md), worked out by hand. */
class LineComparisonTest {
    private static final String AMOUNT = "won-revenue.amount";
    private static final String GROWTH = "sales-growth.growth";
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");
    private static final LocalDate TODAY = date("2026-12-05");

    private final LineGadget gadget = new LineGadget(GadgetScope.of(Pipeline.model()));

    /*
     * 2025: 100 on 5 Jan and 200 on 30 Jan (January 300), 50 on 3 Dec and 5000 on 20 Dec.
     * 2026: 300 on 10 Jan, 500 on 15 Oct, 35 on 2 Nov and 1000 on 20 Nov (November 1035), 70 on 4 Dec.
     */
    private static IssueTable years() {
        return Pipeline.table(
                deal("Y-1").amount("100").won("2025-01-05"),
                deal("Y-2").amount("200").won("2025-01-30"),
                deal("Y-3").amount("50").won("2025-12-03"),
                deal("Y-4").amount("5000").won("2025-12-20"),
                deal("Y-5").amount("300").won("2026-01-10"),
                deal("Y-6").amount("500").won("2026-10-15"),
                deal("Y-7").amount("35").won("2026-11-02"),
                deal("Y-8").amount("1000").won("2026-11-20"),
                deal("Y-9").amount("70").won("2026-12-04"));
    }

    @Test
    void yearToDateByMonthIsComparedWithLastYearMonthByMonth() {
        // January 2026 against all of January 2025 (300), not 27 January - 1 February 2025 (200), as
        // the 339 days before 1 January used to give; December so far against 1 - 5 December 2025 (50).
        LineDataset dataset = gadget.dataset(years(), options("year-to-date", Bucket.MONTH, TODAY), Inputs.none());

        assertThat(dataset.comparisons()).hasSize(12);
        assertThat(dataset.comparisons().get(0)).isEqualTo(new Comparison(month("2026-01-01"), month("2025-01-01")));
        assertThat(dataset.comparisons().get(10)).isEqualTo(new Comparison(month("2026-11-01"), month("2025-11-01")));
        assertThat(dataset.comparisons().get(11)).isEqualTo(new Comparison(
                new Period(date("2026-12-01"), date("2026-12-06")), new Period(date("2025-12-01"), date("2025-12-06"))));
        assertThat(dataset.comparison()).contains(new Comparison(new Period(date("2026-01-01"), date("2026-12-06")),
                new Period(date("2025-01-01"), date("2025-12-06"))));
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.PREVIOUS)))
                .containsExactly("300", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "50");
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL)))
                .containsExactly("300", "0", "0", "0", "0", "0", "0", "0", "0", "500", "1035", "70");
    }

    @Test
    void aRunningQuarterByMonthComparesTheRunningMonthUpToTheSameDay() {
        // This quarter on 5 December by month: October against July, November against August, and
        // December (running) against 1 - 5 September; whole months otherwise.
        LineDataset dataset = gadget.dataset(years(), options("this-quarter", Bucket.MONTH, TODAY), Inputs.none());

        assertThat(dataset.previousBuckets()).containsExactly(month("2026-07-01"), month("2026-08-01"),
                new Period(date("2026-09-01"), date("2026-09-06")));
        assertThat(dataset.comparison()).contains(new Comparison(new Period(date("2026-10-01"), date("2026-12-06")),
                new Period(date("2026-07-01"), date("2026-09-06"))));
    }

    @Test
    void growthOfTheRunningMonthComparesTheSameDaysOfTheMonthBefore() {
        // KPI 7 per month. November: (1035 - 500) / 500 = 1.07. December so far, 1 - 5 Dec: 70 against
        // 1 - 5 Nov, 35: (70 - 35) / 35 = 1, not (70 - 1035) / 1035 against all of November.
        LineDataset dataset = gadget.dataset(years(),
                LineOptions.of(new Timeline(new Period(date("2026-10-01"), date("2027-01-01")), Bucket.MONTH),
                        FigureChoice.of(Kpi.SALES_GROWTH, "growth")).asOf(TODAY), Inputs.none());

        assertThat(numbers(dataset.series(GROWTH, "", Kind.ACTUAL))).containsExactly("absent", "1.07", "1");
    }

    @Test
    void aPreviousRangeOverlappingTheRangeStillComparesWholeMonths() {
        // The last 30 days on 5 December by month, read as finished (no today): 6 - 30 November
        // against all of October (500) and 1 - 5 December against all of November (1035); the
        // previous range (7 October - 5 November) overlaps the range once widened to whole months.
        Period range = new Period(date("2026-11-06"), date("2026-12-06"));
        LineDataset dataset = gadget.dataset(years(),
                LineOptions.of(new Timeline(range, Bucket.MONTH), WON_AMOUNT).comparePrevious(true), Inputs.none());

        assertThat(dataset.previousBuckets()).containsExactly(month("2026-10-01"), month("2026-11-01"));
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.PREVIOUS))).containsExactly("500", "1035");
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL))).containsExactly("1000", "70");
    }

    @Test
    void fiscalYearByFiscalQuarterAgainstThePreviousFiscalYear() {
        // Fiscal year from April (FY to date on 5 Dec 2026: 1 Apr - 5 Dec 2026), by fiscal quarter.
        // Q3 (Oct - Dec) is running: against 1 Oct - 5 Dec 2025, which holds 50 (3 Dec); Q1 and Q2
        // against the whole Q1 and Q2 of the year before (nothing won).
        LineGadget april = new LineGadget(GadgetScope.of(Pipeline.fiscalModel(4)));
        SalesCalendar calendar = Pipeline.fiscalModel(4).calendar();
        RelativePeriod ytd = RelativePeriod.parse("fiscal-year-to-date");
        LineDataset dataset = april.dataset(years(), LineOptions.of(new Timeline(ytd.resolve(calendar, TODAY),
                Bucket.FISCAL_QUARTER, ytd.whole(calendar, TODAY)), WON_AMOUNT).comparePrevious(true).asOf(TODAY),
                Inputs.none());

        assertThat(dataset.previousBuckets()).containsExactly(
                new Period(date("2025-04-01"), date("2025-07-01")),
                new Period(date("2025-07-01"), date("2025-10-01")),
                new Period(date("2025-10-01"), date("2025-12-06")));
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.PREVIOUS))).containsExactly("0", "0", "50");
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL))).containsExactly("0", "0", "1605");
    }

    private static LineOptions options(String key, Bucket bucket, LocalDate today) {
        SalesCalendar calendar = Pipeline.model().calendar();
        RelativePeriod period = RelativePeriod.parse(key);
        return LineOptions.of(new Timeline(period.resolve(calendar, today), bucket, period.whole(calendar, today)),
                WON_AMOUNT).comparePrevious(true).asOf(today);
    }

    private static Period month(String first) {
        LocalDate start = date(first);
        return new Period(start, start.plusMonths(1));
    }
}
