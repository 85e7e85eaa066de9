package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.issue.BerlinDeals;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * A pipeline trend (KPI-DEFINITIONS.md, "As-of evaluation"): the open pipeline as of the end of each
 * month in one evaluation, over {@link BerlinDeals}. Open = a deal not in Won. Stages Prospecting 0.1,
 * Proposal 0.4, Negotiation 0.7.
 *
 * <pre>
 * end of Feb (28 Feb 23:59:59 CET): SALES-3 Negotiation 2000, SALES-5 Proposal 50       -> 2 open, 2050
 *   weighted 2000 x 0.7 + 50 x 0.4 = 1400 + 20 = 1420
 * end of Mar (31 Mar 23:59:59 CEST): SALES-1 Prospecting 1500 (went back on 03-20, raised on 03-25),
 *   SALES-2 Negotiation 800, SALES-5 50; SALES-3 is won, SALES-4 not created      -> 3 open, 2350
 *   weighted 150 + 560 + 20 = 730
 * end of Apr: SALES-1 Proposal 1500, SALES-2 800, SALES-4 Prospecting 300, SALES-5 50; SALES-3 won again
 *                                                                                 -> 4 open, 2650
 *   weighted 600 + 560 + 30 + 20 = 1210
 * </pre>
 */
class AsOfMetricTest {
    private static final SalesCalendar CALENDAR = SalesCalendar.of(BerlinDeals.BERLIN);
    private static final Filter OPEN = Filter.and(Filter.in(Column.ISSUE_TYPE, Set.of("Deal")),
            Filter.not(Filter.statusIn(Set.of("Won"))));
    private static final Measure WEIGHTED = Measure.weighted(BerlinDeals.AMOUNT, Optional.empty(), Column.STATUS,
            Map.of("Prospecting", new BigDecimal("0.1"), "Proposal", new BigDecimal("0.4"),
                    "Negotiation", new BigDecimal("0.7")));
    private static final List<Metric> PIPELINE = List.of(
            Metric.asOf(Metric.count(OPEN, When.always()), AsOfPoint.PERIOD_END),
            Metric.asOf(Metric.aggregate(OPEN, When.always(), Aggregation.sum(Measure.field(BerlinDeals.AMOUNT)),
                    Unit.AMOUNT), AsOfPoint.PERIOD_END),
            Metric.asOf(Metric.aggregate(OPEN, When.always(), Aggregation.sum(WEIGHTED), Unit.AMOUNT),
                    AsOfPoint.PERIOD_END));
    private static final List<Period> MONTHS = List.of(month(2), month(3), month(4));

    private static Period month(int month) {
        LocalDate start = LocalDate.of(2026, month, 1);
        return new Period(start, start.plusMonths(1));
    }

    private static List<BigDecimal> row(Grid grid) {
        return List.of(0, 1, 2).stream().map(p -> grid.value(0, p).asNumber().orElseThrow()).toList();
    }

    @Test
    void theOpenPipelineAtTheEndOfEachMonthInOneCall() {
        List<Grid> grids = MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, PIPELINE, MONTHS, Dimension.none(),
                Inputs.none());

        assertThat(row(grids.get(0))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(2), new BigDecimal(3), new BigDecimal(4));
        assertThat(row(grids.get(1))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(2050), new BigDecimal(2350), new BigDecimal(2650));
        assertThat(row(grids.get(2))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(1420), new BigDecimal(730), new BigDecimal(1210));
    }

    @Test
    void nowIsTheTablesOwnStateAndNeedsNoHistory() {
        IssueTable withoutHistory = IssueTable.of(BerlinDeals.BERLIN, BerlinDeals.COLUMNS, List.of());
        Metric now = Metric.asOf(Metric.count(OPEN, When.always()), AsOfPoint.NOW);
        // Today: SALES-1, SALES-2, SALES-4 and SALES-5 are open.
        assertThat(MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, now, month(4)).asNumber())
                .contains(BigDecimal.valueOf(4));
        assertThat(MetricEngine.evaluate(withoutHistory, CALENDAR, now, month(4)).asNumber())
                .contains(BigDecimal.ZERO);
    }

    @Test
    void aPastStateWithoutHistoryIsAbsentSayingSo() {
        IssueTable table = BerlinDeals.table();
        IssueTable bare = IssueTable.of(BerlinDeals.BERLIN, BerlinDeals.COLUMNS, List.of());
        assertThat(MetricEngine.evaluate(bare, CALENDAR, PIPELINE.get(0), month(3)))
                .isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
        // A host that attached a history knowing none of the rows: the same.
        List<IssueHistory> unknown = BerlinDeals.histories().stream()
                .map(h -> IssueHistory.unknown(h.key(), h.created())).toList();
        IssueTable unknownHistory = table.withHistory(ChangeTable.of(table, BerlinDeals.TRACKED, unknown));
        assertThat(MetricEngine.evaluate(unknownHistory, CALENDAR, PIPELINE.get(0), month(3)))
                .isEqualTo(Value.absent(AbsentReason.NO_HISTORY));
    }

    @Test
    void groupedByStatusEachGroupHoldsTheDealsInItThen() {
        Dimension byStatus = Dimension.by(Column.STATUS, Filter.in(Column.ISSUE_TYPE, Set.of("Deal")));
        Grid grid = MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, List.of(PIPELINE.get(1)), List.of(month(3)),
                byStatus, Inputs.none()).get(0);
        // The groups are the statuses the deals held at the end of March (SALES-4 did not exist):
        // Negotiation SALES-2 800, Proposal SALES-5 50, Prospecting SALES-1 1500, Won SALES-3, not open.
        assertThat(grid.groups()).containsExactly("Negotiation", "Proposal", "Prospecting", "Won");
        assertThat(List.of(0, 1, 2, 3).stream().map(g -> grid.value(g, 0).asNumber().orElseThrow()).toList())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal(800),
                        new BigDecimal(50), new BigDecimal(1500), BigDecimal.ZERO);
    }

    @Test
    void aFixedInstantAndTheStartOfEachPeriod() {
        // At the DST switch: SALES-1 Prospecting, SALES-2 Negotiation, SALES-5; SALES-3 was won 30 minutes before.
        Metric atSwitch = Metric.asOf(Metric.count(OPEN, When.always()), AsOfPoint.at(BerlinDeals.SWITCH));
        assertThat(MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, atSwitch, month(2)).asNumber())
                .contains(BigDecimal.valueOf(3));
        // Open at the start of April = open at the end of March; a minute before the win, SALES-3 is open too.
        Metric atStart = Metric.asOf(Metric.count(OPEN, When.always()), AsOfPoint.PERIOD_START);
        assertThat(MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, atStart, month(4)).asNumber())
                .contains(BigDecimal.valueOf(3));
        Metric beforeWin = Metric.asOf(Metric.count(OPEN, When.always()),
                AsOfPoint.at(Instant.parse("2026-03-28T23:29:00Z")));
        assertThat(MetricEngine.evaluate(BerlinDeals.table(), CALENDAR, beforeWin, month(2)).asNumber())
                .contains(BigDecimal.valueOf(4));
    }

    @Test
    void hostsLoadTheChangesOfWhatPastStatesRead() {
        assertThat(MetricEngine.historyColumns(PIPELINE))
                .containsExactlyInAnyOrder(Column.ISSUE_TYPE, Column.STATUS, BerlinDeals.AMOUNT);
        assertThat(MetricEngine.historyColumns(List.of(Metric.asOf(Metric.count(OPEN, When.always()), AsOfPoint.NOW))))
                .isEmpty();
        assertThat(MetricEngine.historyColumns(PIPELINE, Dimension.by(Column.ASSIGNEE, Filter.all())))
                .contains(Column.ASSIGNEE);
    }
}
