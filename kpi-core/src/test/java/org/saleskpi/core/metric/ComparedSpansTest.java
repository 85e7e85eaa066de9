package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.gadget.Pipeline.date;
import static org.saleskpi.core.gadget.Pipeline.deal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.gadget.Pipeline;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * The engine comparing a period with a span that ends before it starts (quarter to date against
 * the previous quarter to the same day): the days between the two count before the period, and in
 * neither span.
 */
class ComparedSpansTest {
    private static final Period Q4_TO_DATE = new Period(date("2026-10-01"), date("2026-12-06"));
    private static final Period Q3_TO_SAME_DAY = new Period(date("2026-07-01"), date("2026-09-06"));

    /*
     * Created 15 Jun, 10 Sep (between the spans) and 1 Nov. Customer A won 20 Jul and 3 Nov, B won
     * 10 Aug only, C won 20 Sep only (between the spans).
     */
    private static IssueTable deals() {
        return Pipeline.table(
                deal("C-1").created("2026-06-15"),
                deal("C-2").created("2026-09-10"),
                deal("C-3").created("2026-11-01"),
                deal("W-1").customer("A").won("2026-07-20"),
                deal("W-2").customer("A").won("2026-11-03"),
                deal("W-3").customer("B").won("2026-08-10"),
                deal("W-4").customer("C").won("2026-09-20"));
    }

    @Test
    void aGapBetweenTheSpansCountsBeforeThePeriodButInNeitherSpan() {
        // The open deals C-1..C-3 (the won W-deals are left out by their status).
        Filter created = Filter.statusIn(Set.of("Open"));
        Metric before = Metric.count(created, When.before(Column.CREATED));
        Metric during = Metric.count(created, When.during(Column.CREATED));
        Metric through = Metric.count(created, When.through(Column.CREATED));
        Metric lapsed = new Metric.Lapsed(Filter.statusIn(Set.of("Won")), Column.RESOLVED,
                Pipeline.CUSTOMER_COLUMN);
        Comparison comparison = new Comparison(Q4_TO_DATE, Q3_TO_SAME_DAY);

        List<Grid> grids = MetricEngine.evaluate(deals(), Pipeline.model().calendar(),
                List.of(before, Metric.previous(before), during, Metric.previous(during), Metric.previous(through),
                        lapsed).stream().map(m -> new MetricEngine.Request(m, Dimension.none())).toList(),
                List.of(Q4_TO_DATE), Inputs.none(), period -> Optional.of(comparison));

        // Before 1 Oct: 15 Jun and 10 Sep. Before 1 Jul: 15 Jun.
        assertThat(grids.get(0).single()).isEqualTo(Value.of(2, Unit.COUNT));
        assertThat(grids.get(1).single()).isEqualTo(Value.of(1, Unit.COUNT));
        // During Q4 to date: 1 Nov. During 1 Jul - 5 Sep: nothing (10 Sep is in the gap).
        assertThat(grids.get(2).single()).isEqualTo(Value.of(1, Unit.COUNT));
        assertThat(grids.get(3).single()).isEqualTo(Value.of(0, Unit.COUNT));
        // Through the end of 5 Sep: 15 Jun only.
        assertThat(grids.get(4).single()).isEqualTo(Value.of(1, Unit.COUNT));
        // Active 1 Jul - 5 Sep: A and B; active in Q4 to date: A. B lapsed; C was active in the gap only.
        assertThat(grids.get(5).single()).isEqualTo(Value.of(1, Unit.COUNT));
    }

    @Test
    void gridsComparedOverOtherSpansAreComputedOncePerTableAndComparison() {
        IssueTable table = deals();
        Metric during = Metric.count(Filter.statusIn(Set.of("Open")), When.during(Column.CREATED));
        List<MetricEngine.Request> requests = List.of(new MetricEngine.Request(Metric.previous(during),
                Dimension.none()));
        Comparison toSameDay = new Comparison(Q4_TO_DATE, Q3_TO_SAME_DAY);

        List<Grid> first = MetricEngine.evaluate(table, Pipeline.model().calendar(), requests, List.of(Q4_TO_DATE),
                Inputs.none(), period -> Optional.of(toSameDay));
        List<Grid> again = MetricEngine.evaluate(table, Pipeline.model().calendar(), requests, List.of(Q4_TO_DATE),
                Inputs.none(), period -> Optional.of(new Comparison(Q4_TO_DATE, Q3_TO_SAME_DAY)));
        // Against the whole previous quarter (1 Jul - 30 Sep) instead: 10 Sep counts, so another figure.
        List<Grid> whole = MetricEngine.evaluate(table, Pipeline.model().calendar(), requests, List.of(Q4_TO_DATE),
                Inputs.none(), period -> Optional.of(new Comparison(Q4_TO_DATE,
                        new Period(date("2026-07-01"), date("2026-10-01")))));

        assertThat(again).isSameAs(first);
        assertThat(first.get(0).single()).isEqualTo(Value.of(0, Unit.COUNT));
        assertThat(whole).isNotSameAs(first);
        assertThat(whole.get(0).single()).isEqualTo(Value.of(1, Unit.COUNT));
    }
}
