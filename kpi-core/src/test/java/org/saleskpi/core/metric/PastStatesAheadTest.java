package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.RandomDeals;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * On a table large enough for the past states to be built on a companion thread beside the scan, a
 * pipeline trend equals the same figures computed on each month end's as-of table on its own, and no
 * companion thread is left once the evaluation returns.
 */
class PastStatesAheadTest {
    private static final SalesCalendar CALENDAR = SalesCalendar.of(RandomDeals.ZONE);
    private static final Filter OPEN = Filter.not(Filter.statusIn(Set.of("Won", "Lost")));
    private static final Metric COUNT = Metric.count(OPEN, When.always());
    private static final Metric AMOUNT = Metric.aggregate(OPEN, When.always(),
            Aggregation.sum(Measure.field(RandomDeals.AMOUNT)), Unit.AMOUNT);

    @Test
    void aTrendBuiltBesideTheScanEqualsEachMonthEndsStateOnItsOwn() {
        IssueTable table = RandomDeals.table(new Random(36), Pass.AHEAD_MIN_ROWS + 5_000);
        ChangeTable changes = table.history().orElseThrow();
        List<Period> months = new ArrayList<>();
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.getYear() == 2025; start = start.plusMonths(1)) {
            months.add(new Period(start, start.plusMonths(1)));
        }
        List<MetricEngine.Request> requests = List.of(
                new MetricEngine.Request(Metric.asOf(COUNT, AsOfPoint.PERIOD_END), Dimension.none()),
                new MetricEngine.Request(Metric.asOf(AMOUNT, AsOfPoint.PERIOD_END), Dimension.none()),
                new MetricEngine.Request(Metric.asOf(COUNT, AsOfPoint.PERIOD_END),
                        Dimension.by(Column.ASSIGNEE, Filter.all())));

        List<Grid> trend = MetricEngine.evaluate(table, CALENDAR, requests, months, Inputs.none());

        assertThat(companions()).isEmpty();
        int movedCells = 0;
        for (int p = 0; p < months.size(); p++) {
            Instant end = AsOfPoint.PERIOD_END.instant(months.get(p), RandomDeals.ZONE).orElseThrow();
            IssueTable then = changes.asOf(end);
            List<Grid> alone = MetricEngine.evaluate(then, CALENDAR, List.of(
                    new MetricEngine.Request(COUNT, Dimension.none()),
                    new MetricEngine.Request(AMOUNT, Dimension.none()),
                    new MetricEngine.Request(COUNT, Dimension.by(Column.ASSIGNEE, Filter.all()))),
                    List.of(months.get(p)), Inputs.none());
            for (int r = 0; r < requests.size(); r++) {
                Grid expected = alone.get(r);
                for (int g = 0; g < expected.groups().size(); g++) {
                    int group = trend.get(r).groups().indexOf(expected.groups().get(g));
                    assertThat(trend.get(r).value(group, p)).as("request %d, %s, %s", r, expected.groups().get(g),
                            months.get(p)).isEqualTo(expected.value(g, 0));
                    if (p > 0 && !trend.get(r).value(group, p).equals(trend.get(r).value(group, p - 1))) {
                        movedCells++;
                    }
                }
            }
        }
        // The pipeline moves from month to month: the comparison is over states that differ.
        assertThat(movedCells).isGreaterThan(20);
    }

    private static List<Thread> companions() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("saleskpi-past-states") && thread.isAlive())
                .toList();
    }
}
