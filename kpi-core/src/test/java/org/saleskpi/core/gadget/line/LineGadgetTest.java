package org.saleskpi.core.gadget.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;
import static org.saleskpi.core.gadget.Pipeline.lead;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.FigureChoice;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.GroupBy;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.gadget.line.LineDataset.Kind;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

class LineGadgetTest {
    private static final String AMOUNT = "won-revenue.amount";
    private static final FigureChoice WON_AMOUNT = FigureChoice.of(Kpi.WON_REVENUE, "amount");
    private static final Timeline Q1_BY_MONTH = new Timeline(
            new Period(date("2025-01-01"), date("2025-04-01")), Bucket.MONTH);

    private final LineGadget gadget = new LineGadget(GadgetScope.of(Pipeline.model()));

    /*
     * Deals won in Q1 2025: ann 1000 (Jan 15) and 500 (Feb 3); bob 2000 (Feb 20) and 300 (Mar 31,
     * the last day still in March). bob's 700 is lost in March, ann's 400 was won in November 2024
     * (the previous quarter), ann's 900 on April 1 (after the range). carol owns an open deal.
     * Won amount by month: Jan 1000, Feb 500 + 2000 = 2500, Mar 300.
     */
    private static IssueTable q1() {
        return Pipeline.table(
                deal("S-1").rep("ann").amount("1000").won("2025-01-15"),
                deal("S-2").rep("ann").amount("500").won("2025-02-03"),
                deal("S-3").rep("bob").amount("2000").won("2025-02-20"),
                deal("S-4").rep("bob").amount("700").lost("2025-03-05"),
                deal("S-5").rep("bob").amount("300").won("2025-03-31"),
                deal("S-6").rep("ann").amount("400").won("2024-11-10"),
                deal("S-7").rep("ann").amount("900").won("2025-04-01"),
                deal("S-8").rep("carol").amount("5000"),
                lead("S-9").rep("ann").created("2025-01-20"));
    }

    @Test
    void wonAmountPerMonth() {
        LineDataset dataset = gadget.dataset(q1(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT), Inputs.none());

        assertThat(dataset.currency()).isEqualTo("EUR");
        assertThat(dataset.buckets()).containsExactly(
                Period.inclusive(date("2025-01-01"), date("2025-01-31")),
                Period.inclusive(date("2025-02-01"), date("2025-02-28")),
                Period.inclusive(date("2025-03-01"), date("2025-03-31")));
        assertThat(dataset.series()).hasSize(1);
        LineDataset.Series line = dataset.series(AMOUNT, "", Kind.ACTUAL);
        assertThat(line.unit()).isEqualTo(Unit.AMOUNT);
        assertThat(numbers(line)).containsExactly("1000", "2500", "300");
    }

    @Test
    void cumulativeLineIsTheRunningTotal() {
        // 1000, 1000 + 2500, 3500 + 300.
        LineDataset dataset = gadget.dataset(q1(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT).cumulative(true),
                Inputs.none());

        assertThat(dataset.cumulative()).isTrue();
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL))).containsExactly("1000", "3500", "3800");
    }

    @Test
    void previousPeriodLineComesFromTheQuarterBefore() {
        // Q4 2024 by month: October 0, November 400 (S-6), December 0.
        LineDataset dataset = gadget.dataset(q1(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT).comparePrevious(true),
                Inputs.none());

        assertThat(dataset.previousBuckets()).first()
                .isEqualTo(Period.inclusive(date("2024-10-01"), date("2024-10-31")));
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.PREVIOUS))).containsExactly("0", "400", "0");
        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL))).containsExactly("1000", "2500", "300");
    }

    @Test
    void aShorterPreviousRangeLeavesTheLastDaysWithoutComparison() {
        // March by day has 31 points; February, the month before, only 28.
        Timeline march = new Timeline(new Period(date("2025-03-01"), date("2025-04-01")), Bucket.DAY);
        LineDataset dataset = gadget.dataset(q1(), LineOptions.of(march, WON_AMOUNT).comparePrevious(true),
                Inputs.none());

        List<Value> previous = dataset.series(AMOUNT, "", Kind.PREVIOUS).values();
        assertThat(previous).hasSize(31);
        // February 3 (S-2, 500) and February 20 (S-3, 2000) line up with March 3 and March 20.
        assertThat(previous.get(2)).isEqualTo(Value.of(new BigDecimal("500"), Unit.AMOUNT));
        assertThat(previous.get(19)).isEqualTo(Value.of(new BigDecimal("2000"), Unit.AMOUNT));
        assertThat(previous.subList(28, 31)).containsOnly(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
    }

    @Test
    void oneLinePerRepWhenGrouped() {
        // Groups are the reps owning a deal: carol won nothing and still gets a flat line.
        LineDataset dataset = gadget.dataset(q1(),
                LineOptions.of(Q1_BY_MONTH, WON_AMOUNT).groupBy(GroupBy.REP.dimension(Pipeline.model())),
                Inputs.none());

        assertThat(dataset.series()).extracting(LineDataset.Series::group).containsExactly("ann", "bob", "carol");
        assertThat(numbers(dataset.series(AMOUNT, "ann", Kind.ACTUAL))).containsExactly("1000", "500", "0");
        assertThat(numbers(dataset.series(AMOUNT, "bob", Kind.ACTUAL))).containsExactly("0", "2000", "300");
        assertThat(numbers(dataset.series(AMOUNT, "carol", Kind.ACTUAL))).containsExactly("0", "0", "0");
    }

    @Test
    void winRateIsAbsentInAMonthWithoutClosedDeals() {
        // Win rate = won / (won + lost): Jan 1/1, Feb 2/2, Mar 1/(1 + 1) = 0.5. On an empty
        // table nothing closed, so every month is absent, never 0.
        LineOptions options = LineOptions.of(Q1_BY_MONTH, FigureChoice.headline(Kpi.WIN_RATE));

        LineDataset dataset = gadget.dataset(q1(), options, Inputs.none());
        LineDataset empty = gadget.dataset(Pipeline.table(), options, Inputs.none());

        assertThat(numbers(dataset.series("win-rate.rate", "", Kind.ACTUAL))).containsExactly("1", "1", "0.5");
        assertThat(empty.series("win-rate.rate", "", Kind.ACTUAL).values())
                .containsOnly(Value.absent(AbsentReason.ZERO_DENOMINATOR));
    }

    @Test
    void emptyTableGivesZeroAmounts() {
        LineDataset dataset = gadget.dataset(Pipeline.table(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT).cumulative(true),
                Inputs.none());

        assertThat(numbers(dataset.series(AMOUNT, "", Kind.ACTUAL))).containsExactly("0", "0", "0");
    }

    @Test
    void cumulativeRatiosAreRejected() {
        LineOptions options = LineOptions.of(Q1_BY_MONTH, FigureChoice.headline(Kpi.WIN_RATE)).cumulative(true);

        assertThatThrownBy(() -> gadget.dataset(q1(), options, Inputs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cumulative")
                .hasMessageContaining("win-rate.rate");
    }

    @Test
    void fixedTargetIsTheSameInEveryBucket() {
        LineDataset dataset = gadget.dataset(q1(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT).cumulative(true)
                .target(new LineOptions.Target.Fixed(new BigDecimal("4000"))), Inputs.none());

        LineDataset.Series target = dataset.series(AMOUNT, "", Kind.TARGET);
        assertThat(target.unit()).isEqualTo(Unit.AMOUNT);
        assertThat(numbers(target)).containsExactly("4000", "4000", "4000");
    }

    @Test
    void targetFromInputsIsPerBucketAndAccumulatesWithTheLine() {
        // A monthly quota of 1000 for January and February, none for March: absent, not 0.
        Inputs quota = (name, period, group) -> name.equals("quota") && period.start().getMonthValue() < 3
                ? Optional.of(new BigDecimal("1000")) : Optional.empty();
        LineOptions options = LineOptions.of(Q1_BY_MONTH, WON_AMOUNT)
                .target(new LineOptions.Target.FromInputs(new TargetSource("quota", Unit.AMOUNT)));

        List<Value> plain = gadget.dataset(q1(), options, quota).series(AMOUNT, "", Kind.TARGET).values();
        List<Value> running = gadget.dataset(q1(), options.cumulative(true), quota)
                .series(AMOUNT, "", Kind.TARGET).values();

        assertThat(plain).containsExactly(amount("1000"), amount("1000"), Value.absent(AbsentReason.NO_TARGET));
        assertThat(running).containsExactly(amount("1000"), amount("2000"), Value.absent(AbsentReason.NO_TARGET));
    }

    @Test
    void aMoneyQuotaIsNotDrawnOnAWinRateLine() {
        // Quotas of 1000 dollars a month: against the won amount they are the target line; against
        // the win rate (a fraction) they would be 100 000 %, so every point says why it is missing.
        Inputs quota = (name, period, group) -> name.equals(TargetSource.QUOTAS.input())
                ? Optional.of(new BigDecimal("1000")) : Optional.empty();
        LineOptions rate = LineOptions.of(Q1_BY_MONTH, FigureChoice.headline(Kpi.WIN_RATE))
                .target(new LineOptions.Target.FromInputs(TargetSource.QUOTAS));

        LineDataset.Series target = gadget.dataset(q1(), rate, quota).series("win-rate.rate", "", Kind.TARGET);
        LineDataset.Series money = gadget.dataset(q1(), LineOptions.of(Q1_BY_MONTH, WON_AMOUNT)
                .target(new LineOptions.Target.FromInputs(TargetSource.QUOTAS)), quota).series(AMOUNT, "", Kind.TARGET);

        assertThat(target.values()).hasSize(3).containsOnly(Value.absent(AbsentReason.TARGET_IN_OTHER_UNIT));
        assertThat(money.values()).containsOnly(amount("1000"));
    }

    @Test
    void targetNeedsFiguresOfOneUnit() {
        LineOptions options = LineOptions.of(Q1_BY_MONTH, WON_AMOUNT, FigureChoice.of(Kpi.WON_REVENUE, "count"))
                .target(new LineOptions.Target.Fixed(BigDecimal.TEN));

        assertThatThrownBy(() -> gadget.dataset(q1(), options, Inputs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("target");
    }

    @Test
    void tooManyBucketsAreRejected() {
        Timeline decadeByDay = new Timeline(new Period(date("2015-01-01"), date("2025-01-01")), Bucket.DAY);

        assertThatThrownBy(() -> gadget.dataset(q1(), LineOptions.of(decadeByDay, WON_AMOUNT), Inputs.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bucket day");
    }

    @Test
    void noFigureIsRejected() {
        assertThatThrownBy(() -> LineOptions.of(Q1_BY_MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("figures");
    }

    @Test
    void columnsNameWhatTheHostMustLoad() {
        assertThat(gadget.columns(LineOptions.of(Q1_BY_MONTH, WON_AMOUNT)))
                .contains(Pipeline.AMOUNT_COLUMN, org.saleskpi.core.issue.Column.RESOLVED,
                        org.saleskpi.core.issue.Column.STATUS)
                .doesNotContain(Pipeline.CUSTOMER_COLUMN);
    }

    private static Value amount(String decimal) {
        return Value.of(new BigDecimal(decimal), Unit.AMOUNT);
    }

    static List<String> numbers(LineDataset.Series series) {
        return series.values().stream()
                .map(v -> v.asNumber().map(n -> n.stripTrailingZeros().toPlainString()).orElse("absent"))
                .toList();
    }
}
