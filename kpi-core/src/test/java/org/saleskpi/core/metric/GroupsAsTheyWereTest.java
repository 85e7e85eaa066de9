package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.BerlinDeals;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.ReassignedDeals;
import org.saleskpi.core.metric.MetricEngine.Request;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * A figure as of an instant grouped by a column groups each issue by the value it held then, and the
 * groups are the values held in the states read (KPI-DEFINITIONS.md, "As-of evaluation"), over
 * {@link ReassignedDeals}. Open = a deal not in Won. The states at the month ends (Berlin):
 *
 * <pre>
 * end of Jan: D-1 dave Prospecting 1000, D-2 dave Discovery 400, D-5 (no rep) Prospecting 100;
 *             D-3 and D-4 do not exist yet                                          total 1500
 * end of Feb: D-1 bob Prospecting 1000, D-2 alice Prospecting 400, D-3 erin Qualification 700,
 *             D-5 alice Prospecting 100; D-4 does not exist yet                     total 2200
 * end of Mar: D-1 bob Proposal 1000, D-2 alice 400, D-3 bob Won (not open), D-4 frank Proposal 250,
 *             D-5 alice 100                                                         total 1750
 * today:      bob D-1, D-3; alice D-2, D-5; frank D-4. Nobody is dave's or erin's; no deal is in
 *             Discovery or Qualification.
 * </pre>
 */
class GroupsAsTheyWereTest {
    private static final SalesCalendar CALENDAR = SalesCalendar.of(BerlinDeals.BERLIN);
    private static final Filter DEALS = Filter.in(Column.ISSUE_TYPE, Set.of("Deal"));
    private static final Filter OPEN = Filter.and(DEALS, Filter.not(Filter.statusIn(Set.of("Won"))));
    private static final Metric AMOUNT = Metric.aggregate(OPEN, When.always(),
            Aggregation.sum(Measure.field(BerlinDeals.AMOUNT)), Unit.AMOUNT);
    private static final Metric COUNT = Metric.count(OPEN, When.always());
    // Every issue, as the gadgets' "group by" does: an issue that did not exist at t still holds no group then.
    private static final Dimension BY_REP = Dimension.by(Column.ASSIGNEE, Filter.all());
    private static final Dimension BY_STATUS = Dimension.by(Column.STATUS, Filter.all());

    private static Period month(int month) {
        LocalDate start = LocalDate.of(2026, month, 1);
        return new Period(start, start.plusMonths(1));
    }

    private static List<Grid> evaluate(List<Metric> metrics, List<Period> periods, Dimension dimension) {
        return MetricEngine.evaluate(ReassignedDeals.table(), CALENDAR, metrics, periods, dimension, Inputs.none());
    }

    /** Each group's numbers in period order, the groups in the grid's order. */
    private static List<List<Integer>> numbers(Grid grid) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            rows.add(grid.row(g).stream().map(v -> v.asNumber().orElseThrow().intValueExact()).toList());
        }
        return rows;
    }

    @Test
    void aTrendGroupsEachMonthEndByTheRepsOfThatMonthEnd() {
        List<Grid> trend = evaluate(List.of(Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END),
                Metric.asOf(COUNT, AsOfPoint.PERIOD_END)), List.of(month(1), month(2), month(3)), BY_REP);

        // The union of the three month ends' reps, by name, the deals without a rep last: dave and the
        // rep-less D-5 only at the end of January, erin only at the end of February, frank from March.
        // Amounts: Jan dave 1000 + 400, no rep 100; Feb alice 400 + 100, bob 1000, erin 700;
        // Mar alice 500, bob 1000 (D-3 is won), frank 250. Each column adds up to the month's total:
        // 1400 + 100 = 1500, 500 + 1000 + 700 = 2200, 500 + 1000 + 250 = 1750.
        assertThat(trend.get(0).groups()).containsExactly("alice", "bob", "dave", "erin", "frank", "");
        assertThat(numbers(trend.get(0))).containsExactly(List.of(0, 500, 500), List.of(0, 1000, 1000),
                List.of(1400, 0, 0), List.of(0, 700, 0), List.of(0, 0, 250), List.of(100, 0, 0));
        assertThat(trend.get(1).groups()).isEqualTo(trend.get(0).groups());
        assertThat(numbers(trend.get(1))).containsExactly(List.of(0, 2, 2), List.of(0, 1, 1), List.of(2, 0, 0),
                List.of(0, 1, 0), List.of(0, 0, 1), List.of(1, 0, 0));
        Grid total = evaluate(List.of(Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END)), List.of(month(1), month(2),
                month(3)), Dimension.none()).get(0);
        assertThat(numbers(total)).containsExactly(List.of(1500, 2200, 1750));
    }

    @Test
    void aRepWhoOwnsNothingTodayHasTheGroupOfWhatTheyOwnedThen() {
        Metric atMonthEnd = Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END);
        // End of February: erin holds D-3 (700). frank is not a group: D-4 did not exist, and its empty rep
        // then is no "no rep" group either. dave had handed both deals on (02-10, 02-25).
        Grid february = evaluate(List.of(atMonthEnd), List.of(month(2)), BY_REP).get(0);
        assertThat(february.groups()).containsExactly("alice", "bob", "erin");
        assertThat(numbers(february)).containsExactly(List.of(500), List.of(1000), List.of(700));
        // End of January: dave holds D-1 and D-2, 1000 + 400; D-5 has no rep yet.
        Grid january = evaluate(List.of(atMonthEnd), List.of(month(1)), BY_REP).get(0);
        assertThat(january.groups()).containsExactly("dave", "");
        assertThat(numbers(january)).containsExactly(List.of(1400), List.of(100));
    }

    @Test
    void aStatusNoIssueHoldsTodayIsAGroupThen() {
        Instant midFebruary = Instant.parse("2026-02-10T12:00:00Z");
        List<Grid> grids = evaluate(List.of(Metric.asOf(AMOUNT, AsOfPoint.at(midFebruary)),
                Metric.asOf(COUNT, AsOfPoint.at(midFebruary))), List.of(month(2)), BY_STATUS);
        // 10 February noon: D-2 in Discovery 400; D-1 1000 and D-5 100 in Prospecting; D-3 in Qualification
        // 700; D-4 does not exist. Discovery and Qualification are nobody's status today.
        assertThat(grids.get(0).groups()).containsExactly("Discovery", "Prospecting", "Qualification");
        assertThat(numbers(grids.get(0))).containsExactly(List.of(400), List.of(1100), List.of(700));
        assertThat(numbers(grids.get(1))).containsExactly(List.of(1), List.of(2), List.of(1));
    }

    @Test
    void todaysFiguresBesideAPastOneShareItsGroups() {
        Metric dealsNow = Metric.count(DEALS, When.always());
        Metric amountThen = Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END);
        List<Grid> grids = evaluate(List.of(dealsNow, amountThen), List.of(month(1)), BY_REP);

        // Today's reps (alice, bob, frank) and January's (dave, no rep), for both figures so that they line up.
        // Deals today: alice D-2 D-5, bob D-1 D-3, frank D-4; dave and no rep 0. End of January as above.
        assertThat(grids.get(0).groups()).containsExactly("alice", "bob", "dave", "frank", "");
        assertThat(grids.get(1).groups()).isEqualTo(grids.get(0).groups());
        assertThat(numbers(grids.get(0))).containsExactly(List.of(2), List.of(2), List.of(0), List.of(1), List.of(0));
        assertThat(numbers(grids.get(1))).containsExactly(List.of(0), List.of(0), List.of(1400), List.of(0),
                List.of(100));
        // A group no issue is in today reads today's figures as empty ones: a mean of nothing is absent.
        // Mean deal amount today: alice (400 + 100) / 2 = 250, bob (1000 + 700) / 2 = 850, frank 250.
        Metric meanNow = Metric.aggregate(DEALS, When.always(), Aggregation.mean(Measure.field(BerlinDeals.AMOUNT)),
                Unit.AMOUNT);
        Grid mean = evaluate(List.of(meanNow, amountThen), List.of(month(1)), BY_REP).get(0);
        assertThat(mean.groups()).containsExactly("alice", "bob", "dave", "frank", "");
        assertThat(mean.value("alice", 0).asNumber().orElseThrow()).isEqualByComparingTo("250");
        assertThat(mean.value("bob", 0).asNumber().orElseThrow()).isEqualByComparingTo("850");
        assertThat(mean.value("dave", 0)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
        assertThat(mean.value("frank", 0).asNumber().orElseThrow()).isEqualByComparingTo("250");
        assertThat(mean.value("", 0)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
    }

    @Test
    void aLookBackReadsTheGroupsOfTheStateItComparesWith() {
        Metric before = Metric.previous(Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END));
        List<Request> asked = List.of(new Request(before, BY_REP));
        List<Period> months = List.of(month(2), month(3));

        // February shows the end of January (dave 1400, no rep 100), March the end of February
        // (alice 500, bob 1000, erin 700).
        Grid grid = MetricEngine.evaluate(ReassignedDeals.table(), CALENDAR, asked, months, Inputs.none()).get(0);
        assertThat(grid.groups()).containsExactly("alice", "bob", "dave", "erin", "");
        assertThat(numbers(grid)).containsExactly(List.of(0, 500), List.of(0, 1000), List.of(1400, 0),
                List.of(0, 700), List.of(100, 0));

        // March compared with January instead: computed on its own, it reads the end of January too, so only
        // January's groups are read and both months show dave 1400 and no rep 100.
        Function<Period, Optional<Comparison>> againstJanuary = period -> Optional.of(new Comparison(period,
                month(1)));
        Grid overJanuary = MetricEngine.evaluate(ReassignedDeals.table(), CALENDAR, asked, months, Inputs.none(),
                againstJanuary).get(0);
        assertThat(overJanuary.groups()).containsExactly("dave", "");
        assertThat(numbers(overJanuary)).containsExactly(List.of(1400, 1400), List.of(100, 100));
    }

    @Test
    void withoutHistoryAPastFigureIsAbsentInTodaysGroups() {
        Grid grid = MetricEngine.evaluate(ReassignedDeals.today(), CALENDAR,
                List.of(Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END)), List.of(month(1)), BY_REP, Inputs.none()).get(0);
        assertThat(grid.groups()).containsExactly("alice", "bob", "frank");
        assertThat(grid.row(0)).containsExactly(Value.absent(AbsentReason.NO_HISTORY));
        assertThat(grid.row(2)).containsExactly(Value.absent(AbsentReason.NO_HISTORY));
    }
}
