package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * The history parts on hand-worked tables in Europe/Berlin across the switch to summer time (Sunday
 * 29 March 2026 has 23 hours): a deal that visits a stage twice, one that skips a stage, one reopened
 * after being won. Every expected number is worked out in the comments, in hours where it helps.
 */
class HistoryPartsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final SalesCalendar CALENDAR = SalesCalendar.of(BERLIN);
    private static final Period FEBRUARY = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
    private static final Set<String> STAGES = Set.of("Qualification", "Proposal", "Negotiation");
    private static final Dimension BY_STAGE = Dimension.steps(Column.STATUS, List.of(
            Dimension.Step.of("Qualification"), Dimension.Step.of("Proposal"), Dimension.Step.of("Negotiation")));
    private static final Dimension FUNNEL = Dimension.steps(Column.STATUS, List.of(
            Dimension.Step.of("Qualification"), Dimension.Step.of("Proposal"), Dimension.Step.of("Negotiation"),
            new Dimension.Step("won", Set.of("Won"))));
    private static final Filter DEALS = Filter.typeIn(Set.of("Deal"));
    private static final Filter OPEN = Filter.and(DEALS, Filter.not(Filter.statusIn(Set.of("Won", "Lost"))));
    private static final MathContext M = MathContext.DECIMAL128;

    private static IssueTable tableA() {
        return PipelineStories.stagesAndPushes();
    }

    private static IssueTable tableC() {
        return PipelineStories.movement();
    }

    private static Grid grid(IssueTable table, Metric metric, Dimension dimension, Period... periods) {
        return MetricEngine.evaluate(table, CALENDAR, List.of(metric), List.of(periods), dimension, Inputs.none()).get(0);
    }

    private static BigDecimal number(Value value) {
        return value.asNumber().orElseThrow(() -> new AssertionError("absent: " + value));
    }

    private static BigDecimal hours(String hours) {
        return new BigDecimal(hours).divide(BigDecimal.valueOf(24), M);
    }

    private static Metric visits(Metric.VisitScope scope, Statistic statistic) {
        return new Metric.Visits(DEALS, Column.STATUS, STAGES, scope, statistic);
    }

    @Test
    void timeInStageSumsEveryVisitOfPairsWhoseLastVisitEndedInThePeriodInElapsedDays() {
        // March, pairs whose last visit ended in March (elapsed hours, all visits of the pair summed):
        //   Qualification: S-1 24 h (03-27 10:00 -> 03-28 10:00) + 12 h (03-30 10:00 -> 22:00) = 36 h = 1.5 d
        //                  S-2 72 h = 3 d;  S-6 48 h (03-02 -> 03-04) = 2 d.  S-4 still in it: not ended.
        //   Proposal:      S-1 47 h (across the 23-hour 29 March) + 12 h = 59 h;  S-3 02-20 12:00 -> 03-03 12:00
        //                  = 11 d = 264 h, its last visit ending in March.  S-6 still in it.
        //   Negotiation:   S-2 120 h = 5 d.  S-3 still in it.
        IssueTable table = tableA();
        Grid count = grid(table, visits(Metric.VisitScope.ENDED, Statistic.count()), BY_STAGE, MARCH);
        Grid mean = grid(table, visits(Metric.VisitScope.ENDED, Statistic.mean()), BY_STAGE, MARCH);
        Grid median = grid(table, visits(Metric.VisitScope.ENDED, Statistic.median()), BY_STAGE, MARCH);
        Grid p85 = grid(table, visits(Metric.VisitScope.ENDED, Statistic.percentile(new BigDecimal("0.85"))),
                BY_STAGE, MARCH);

        assertThat(count.groups()).containsExactly("Qualification", "Proposal", "Negotiation");
        assertThat(count.row(0)).containsExactly(Value.of(3, Unit.COUNT));
        assertThat(count.row(1)).containsExactly(Value.of(2, Unit.COUNT));
        assertThat(count.row(2)).containsExactly(Value.of(1, Unit.COUNT));
        // Qualification [1.5, 2, 3]: mean 6.5 / 3; median 2; 85th: rank 0.85 x 2 = 1.7 -> 2 + 0.7 x (3 - 2) = 2.7.
        assertThat(number(mean.value(0, 0))).isEqualByComparingTo(new BigDecimal("6.5").divide(BigDecimal.valueOf(3), M));
        assertThat(number(median.value(0, 0))).isEqualByComparingTo("2");
        assertThat(number(p85.value(0, 0))).isEqualByComparingTo("2.7");
        // Proposal [59 h, 264 h]: mean 161.5 h; median the same; 85th 59 + 0.85 x 205 = 233.25 h = 9.71875 d.
        assertThat(number(mean.value(1, 0))).isEqualByComparingTo(hours("161.5"));
        assertThat(number(median.value(1, 0))).isEqualByComparingTo(hours("161.5"));
        assertThat(number(p85.value(1, 0))).isEqualByComparingTo("9.71875");
        assertThat(mean.value(1, 0)).isInstanceOf(Value.Present.class);
        assertThat(((Value.Present) mean.value(1, 0)).unit()).isEqualTo(Unit.DAYS);
        // Negotiation [5 d].
        assertThat(number(p85.value(2, 0))).isEqualByComparingTo("5");
    }

    @Test
    void aPairWithNoVisitEndingInThePeriodIsAbsentNotZero() {
        // February: only S-3's Qualification ended (02-10 12:00 -> 02-20 12:00 = 10 d); Proposal and
        // Negotiation have no pair.
        Grid median = grid(tableA(), visits(Metric.VisitScope.ENDED, Statistic.median()), BY_STAGE, FEBRUARY);

        assertThat(number(median.value(0, 0))).isEqualByComparingTo("10");
        assertThat(median.value(1, 0)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
        assertThat(median.value(2, 0)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
    }

    @Test
    void currentAgeIsTheTimeSinceTheOpenVisitBeganAtTheEndOfThePeriod() {
        // The end of March is 04-01 00:00 CEST = 03-31 22:00 UTC; the history knows up to 04-02, so that instant.
        //   Qualification: S-4 since 03-15 08:00 CET (07:00 UTC): 16 d 15 h = 399 h.
        //   Proposal:      S-6 since 03-04 10:00 CET (09:00 UTC): 27 d 13 h = 661 h.
        //   Negotiation:   S-3 since 03-06 12:00 CET (11:00 UTC): 25 d 11 h = 611 h.
        // S-5 is created after the end of March; S-1 and S-2 are closed.
        Grid age = grid(tableA(), visits(Metric.VisitScope.OPEN, Statistic.mean()), BY_STAGE, MARCH);

        assertThat(number(age.value(0, 0))).isEqualByComparingTo(hours("399"));
        assertThat(number(age.value(1, 0))).isEqualByComparingTo(hours("661"));
        assertThat(number(age.value(2, 0))).isEqualByComparingTo(hours("611"));
    }

    @Test
    void visitsGroupedByAnotherDimensionPoolTheirValuesInTheIssuesGroup() {
        // Time in Proposal alone, ungrouped: March pairs S-1 (59 h) and S-3 (264 h), mean 161.5 h.
        Metric proposal = new Metric.Visits(DEALS, Column.STATUS, Set.of("Proposal"), Metric.VisitScope.ENDED,
                Statistic.mean());

        assertThat(number(grid(tableA(), proposal, Dimension.none(), MARCH).single())).isEqualByComparingTo(hours("161.5"));
    }

    private static Metric reach(Metric.Cohort cohort, boolean strict, Metric.ReachFigure figure) {
        return new Metric.Reach(DEALS, Column.STATUS, cohort, strict, figure);
    }

    private static List<Value> column(Grid grid) {
        return List.of(grid.value(0, 0), grid.value(1, 0), grid.value(2, 0), grid.value(3, 0));
    }

    private static Value ratio(long numerator, long denominator) {
        return Value.of(BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), M), Unit.RATIO);
    }

    @Test
    void cumulativeReachCountsASkippedStageAsPassedAndWonAsTheLastStep() {
        // Deals created in March: S-1, S-2, S-4 (S-3 and S-6 were created in February, S-5 in April).
        //   S-1 went Q, P, Q, P, Won: the furthest step is won, so it reached all four (Negotiation skipped).
        //   S-2 went Q, N, Lost: furthest Negotiation, so Q, P (skipped, counts as passed), N.
        //   S-4 is in Q.
        // reached: Q 3, P 2, N 2, won 1.
        Grid reached = grid(tableA(), reach(Metric.Cohort.CREATED, false, Metric.ReachFigure.REACHED), FUNNEL, MARCH);
        Grid step = grid(tableA(), reach(Metric.Cohort.CREATED, false, Metric.ReachFigure.STEP_CONVERSION), FUNNEL, MARCH);
        Grid start = grid(tableA(), reach(Metric.Cohort.CREATED, false, Metric.ReachFigure.FROM_START_CONVERSION),
                FUNNEL, MARCH);

        assertThat(reached.groups()).containsExactly("Qualification", "Proposal", "Negotiation", "won");
        assertThat(column(reached)).containsExactly(Value.of(3, Unit.COUNT), Value.of(2, Unit.COUNT),
                Value.of(2, Unit.COUNT), Value.of(1, Unit.COUNT));
        // Step: 2/3, 2/2, 1/2, and none after the last step.
        assertThat(column(step)).containsExactly(ratio(2, 3), ratio(2, 2), ratio(1, 2),
                Value.absent(AbsentReason.NO_DATA));
        // From start: 3/3, 2/3, 2/3, 1/3.
        assertThat(column(start)).containsExactly(ratio(3, 3), ratio(2, 3), ratio(2, 3), ratio(1, 3));
    }

    @Test
    void strictReachNeedsTheStagesInOrderAndAZeroStepHasNoConversionOutOfIt() {
        // S-1: Q, then P: depth 2 (it never entered Negotiation, so its win does not count as in order).
        // S-2: Q, then N without P: depth 1.  S-4: Q: depth 1.
        // reached: Q 3, P 1, N 0, won 0. Step: 1/3, 0/1 = 0, N has 0 so its conversion is absent, none after won.
        Grid reached = grid(tableA(), reach(Metric.Cohort.CREATED, true, Metric.ReachFigure.REACHED), FUNNEL, MARCH);
        Grid step = grid(tableA(), reach(Metric.Cohort.CREATED, true, Metric.ReachFigure.STEP_CONVERSION), FUNNEL, MARCH);
        Grid start = grid(tableA(), reach(Metric.Cohort.CREATED, true, Metric.ReachFigure.FROM_START_CONVERSION),
                FUNNEL, MARCH);

        assertThat(column(reached)).containsExactly(Value.of(3, Unit.COUNT), Value.of(1, Unit.COUNT),
                Value.of(0, Unit.COUNT), Value.of(0, Unit.COUNT));
        assertThat(column(step)).containsExactly(ratio(1, 3), ratio(0, 1), Value.absent(AbsentReason.ZERO_DENOMINATOR),
                Value.absent(AbsentReason.NO_DATA));
        assertThat(column(start)).containsExactly(ratio(3, 3), ratio(1, 3), ratio(0, 3), ratio(0, 3));
    }

    @Test
    void theEntryCohortFollowsDealsThatFirstEnteredTheFirstStageInThePeriod() {
        // First entry into Qualification in March: S-1 (03-27), S-2 (03-02), S-4 (03-15) and S-6 (03-02, created
        // in February in New). S-3 entered it at creation in February. S-6 then reached Proposal.
        // reached: Q 4, P 3, N 2, won 1.
        Grid reached = grid(tableA(), reach(Metric.Cohort.ENTERED_FIRST_STEP, false, Metric.ReachFigure.REACHED),
                FUNNEL, MARCH);

        assertThat(column(reached)).containsExactly(Value.of(4, Unit.COUNT), Value.of(3, Unit.COUNT),
                Value.of(2, Unit.COUNT), Value.of(1, Unit.COUNT));
    }

    @Test
    void aReachIsReadPerStepOnly() {
        assertThat(grid(tableA(), reach(Metric.Cohort.CREATED, false, Metric.ReachFigure.REACHED), Dimension.none(),
                MARCH).single()).isEqualTo(Value.absent(AbsentReason.NOT_CONFIGURED));
    }

    private static Metric pushes(Metric.PushFigure figure) {
        return new Metric.Pushes(DEALS, OPEN, Story.CLOSE, figure);
    }

    @Test
    void aPushIsACloseDateMovedLaterWhileOpenCountedOnTheLocalDateOfItsInstant() {
        // February (open at some instant: S-3 from 02-10, S-6 from 02-25 in New: 2 deals):
        //   pushes S-3 02-20 (+15) and 02-28 23:30 (+3): 2 pushes, 18 days, 1 deal pushed, 1 / 2.
        // March (open at some instant: S-1, S-2, S-3 until its win on 03-03 and again from 03-06, S-4, S-6: 5):
        //   S-1 03-28 +21; S-2 03-05 +15 (the later date at its loss is no push); S-3 03-01 00:30 +2,
        //   03-06 +58 (reopened in the same instant: open after it), 03-20 +31; S-6 03-04 +30.
        //   6 pushes, 157 days, 4 deals pushed of 5.
        IssueTable table = tableA();
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, List.of(pushes(Metric.PushFigure.PUSHES),
                pushes(Metric.PushFigure.OPEN_ISSUES), pushes(Metric.PushFigure.PUSHED_ISSUES),
                pushes(Metric.PushFigure.DAYS_PUSHED), pushes(Metric.PushFigure.SLIPPING)),
                List.of(FEBRUARY, MARCH), Dimension.none(), Inputs.none());

        assertThat(grids.get(0).row(0)).containsExactly(Value.of(2, Unit.COUNT), Value.of(6, Unit.COUNT));
        assertThat(grids.get(1).row(0)).containsExactly(Value.of(2, Unit.COUNT), Value.of(5, Unit.COUNT));
        assertThat(grids.get(2).row(0)).containsExactly(Value.of(1, Unit.COUNT), Value.of(4, Unit.COUNT));
        assertThat(grids.get(3).row(0)).containsExactly(Value.of(18, Unit.DAYS), Value.of(157, Unit.DAYS));
        // Slipping at the end of the period: S-3 has 2 pushes by 03-01 00:00 (the third is 30 minutes later),
        // and 5 by the end of March, open in Negotiation then. S-6 (1 push) and S-4 (none) are open too.
        assertThat(grids.get(4).row(0)).containsExactly(Value.of(0, Unit.COUNT), Value.of(1, Unit.COUNT));
    }

    private static Metric movement(Metric.MovementPart part) {
        return new Metric.Movement(Filter.all(), OPEN, Filter.and(DEALS, Filter.statusIn(Set.of("Won"))),
                Filter.and(DEALS, Filter.statusIn(Set.of("Lost"))), Optional.of(Story.AMOUNT), part);
    }

    @Test
    void movementBetweenTheStartAndTheEndOfThePeriodAddsUpExactly() {
        IssueTable table = tableC();
        List<Metric.MovementPart> parts = List.of(Metric.MovementPart.values());
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, parts.stream().map(HistoryPartsTest::movement).toList(),
                List.of(MARCH), Dimension.none(), Inputs.none());
        String[] expected = {"2500", "400", "400", "50", "750", "900", "100", "1500"};

        for (int i = 0; i < parts.size(); i++) {
            assertThat(number(grids.get(i).single())).as(parts.get(i).name()).isEqualByComparingTo(expected[i]);
        }
    }

    @Test
    void withoutAnAmountMovementCountsDeals() {
        // Open at start: M-1, M-2, M-6, M-7, M-8, M-10 (6); new M-4; won M-6; lost M-7; moved out M-8;
        // open at end M-1, M-2, M-4, M-10 (4): 6 + 1 - 1 - 1 - 1 = 4.
        IssueTable table = tableC();
        List<Metric.MovementPart> parts = List.of(Metric.MovementPart.values());
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, parts.stream().map(part -> (Metric)
                new Metric.Movement(Filter.all(), OPEN, Filter.and(DEALS, Filter.statusIn(Set.of("Won"))),
                        Filter.and(DEALS, Filter.statusIn(Set.of("Lost"))), Optional.empty(), part)).toList(),
                List.of(MARCH), Dimension.none(), Inputs.none());

        assertThat(grids.stream().map(Grid::single).toList()).containsExactly(Value.of(6, Unit.COUNT),
                Value.of(1, Unit.COUNT), Value.of(0, Unit.COUNT), Value.of(0, Unit.COUNT), Value.of(1, Unit.COUNT),
                Value.of(1, Unit.COUNT), Value.of(1, Unit.COUNT), Value.of(4, Unit.COUNT));
    }

    @Test
    void withoutHistoryEveryPartIsAbsentWithNoHistory() {
        IssueTable known = tableA();
        IssueTable bare = IssueTable.of(BERLIN, known.columns(), PipelineStories.STAGES_AND_PUSHES.stream().map(Story::record).toList());
        IssueTable unknown = Story.table(BERLIN, known.columns(), Set.of(Column.STATUS, Story.CLOSE),
                PipelineStories.STAGES_AND_PUSHES.stream().map(s -> Story.created("X-1", BERLIN, "2026-03-01 10:00").with(Column.STATUS, "New")
                        .unknown()).toList());

        for (IssueTable table : List.of(bare, unknown)) {
            assertThat(grid(table, visits(Metric.VisitScope.ENDED, Statistic.median()), BY_STAGE, MARCH).value(0, 0))
                    .isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
            assertThat(grid(table, reach(Metric.Cohort.CREATED, false, Metric.ReachFigure.REACHED), FUNNEL, MARCH)
                    .value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
            assertThat(grid(table, pushes(Metric.PushFigure.PUSHES), Dimension.none(), MARCH).single())
                    .isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        }
    }

    @Test
    void theHistoryColumnsAreWhatThePartsReplay() {
        assertThat(MetricEngine.historyColumns(List.of(visits(Metric.VisitScope.ENDED, Statistic.mean()),
                Metric.ratio(pushes(Metric.PushFigure.PUSHED_ISSUES), pushes(Metric.PushFigure.OPEN_ISSUES)))))
                .containsExactlyInAnyOrder(Column.STATUS, Column.ISSUE_TYPE, Story.CLOSE);
        assertThat(MetricEngine.historyColumns(List.of(movement(Metric.MovementPart.NEW))))
                .containsExactlyInAnyOrder(Column.STATUS, Column.ISSUE_TYPE, Story.AMOUNT);
        assertThat(MetricEngine.historyColumns(List.of(Metric.count(DEALS, When.always())))).isEmpty();
    }
}
