package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/** The algebra on a ten-issue table in UTC whose every figure is worked out in the comments. */
class MetricEngineTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final SalesCalendar CALENDAR = SalesCalendar.of(UTC);
    private static final Column AMOUNT = Column.custom("customfield_1", FieldType.NUMBER);
    private static final Column REGION = Column.custom("customfield_2", FieldType.OPTION);
    private static final Period JANUARY = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    private static final Period FEBRUARY = new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1));
    private static final Period Q1 = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1));

    //   #  type  status  created     amount region
    //   1  Deal  Won     2024-01-05  100    North
    //   2  Deal  Won     2024-01-20  300    South
    //   3  Deal  Lost    2024-01-25  50     North
    //   4  Deal  Won     2024-02-10  200    -
    //   5  Deal  Open    2024-02-11  -      South
    //   6  Lead  Open    2024-02-12  -      North
    //   7  Deal  Won     2024-03-01  400    North
    //   8  Deal  Won     2023-12-31  1000   South
    //   9  Lead  Done    2024-03-31  -      -
    //  10  Deal  Won     2024-04-01  5      North
    private final IssueTable table = ten();

    private static IssueTable ten() {
        return IssueTable.of(UTC,
                List.of(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, AMOUNT, REGION),
                List.of(
                        issue(1, "Deal", "Won", "2024-01-05", "100", "North"),
                        issue(2, "Deal", "Won", "2024-01-20", "300", "South"),
                        issue(3, "Deal", "Lost", "2024-01-25", "50", "North"),
                        issue(4, "Deal", "Won", "2024-02-10", "200", null),
                        issue(5, "Deal", "Open", "2024-02-11", null, "South"),
                        issue(6, "Lead", "Open", "2024-02-12", null, "North"),
                        issue(7, "Deal", "Won", "2024-03-01", "400", "North"),
                        issue(8, "Deal", "Won", "2023-12-31", "1000", "South"),
                        issue(9, "Lead", "Done", "2024-03-31", null, null),
                        issue(10, "Deal", "Won", "2024-04-01", "5", "North")));
    }

    private static IssueRecord issue(int n, String type, String status, String created, String amount, String region) {
        IssueRecord.Builder b = IssueRecord.builder("S-" + n, "S").type(type).status(status, StatusCategory.TO_DO)
                .created(LocalDate.parse(created).atTime(12, 0).toInstant(ZoneOffset.UTC));
        if (amount != null) {
            b.field(AMOUNT.id(), FieldValue.number(amount));
        }
        if (region != null) {
            b.field(REGION.id(), FieldValue.option(region));
        }
        return b.build();
    }

    private static final Filter WON = Filter.and(Filter.typeIn(Set.of("Deal")), Filter.statusIn(Set.of("Won")));
    private static final When CREATED_IN_P = When.during(Column.CREATED);

    private Value one(Metric metric, Period period) {
        return MetricEngine.evaluate(table, CALENDAR, metric, period);
    }

    private static Metric agg(Filter filter, When when, Aggregation aggregation) {
        return Metric.aggregate(filter, when, aggregation, Unit.AMOUNT);
    }

    @Test
    void aggregationsOverWonDealsInQ1() {
        // Won in Q1: #1 100, #2 300, #4 200, #7 400.
        Measure amount = Measure.field(AMOUNT);
        assertThat(one(Metric.count(WON, CREATED_IN_P), Q1)).isEqualTo(Value.of(4, Unit.COUNT));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.sum(amount)), Q1).asNumber()).hasValue(new BigDecimal("1000"));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.mean(amount)), Q1).asNumber()).hasValue(new BigDecimal("250"));
        // Continuous median of 100, 200, 300, 400 is (200 + 300) / 2.
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.median(amount)), Q1).asNumber()).hasValue(new BigDecimal("250"));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.min(amount)), Q1).asNumber()).hasValue(new BigDecimal("100"));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.max(amount)), Q1).asNumber()).hasValue(new BigDecimal("400"));
        // Regions of Q1's won deals: North, South, (none for #4), North: 2 distinct.
        assertThat(one(Metric.aggregate(WON, CREATED_IN_P, Aggregation.distinctCount(REGION), Unit.COUNT), Q1))
                .isEqualTo(Value.of(2, Unit.COUNT));
    }

    @Test
    void oddMedianAndEmptyAggregations() {
        // January's won: 100, 300 -> median 200; with #3's 50 (any deal): 50, 100, 300 -> 100.
        Measure amount = Measure.field(AMOUNT);
        Filter deals = Filter.typeIn(Set.of("Deal"));
        assertThat(one(agg(deals, CREATED_IN_P, Aggregation.median(amount)), JANUARY).asNumber())
                .hasValue(new BigDecimal("100"));
        Period june = new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.mean(amount)), june)).isEqualTo(Value.absent(AbsentReason.NO_DATA));
        assertThat(one(agg(WON, CREATED_IN_P, Aggregation.sum(amount)), june).asNumber()).hasValue(BigDecimal.ZERO);
    }

    @Test
    void filtersCombine() {
        // Empty region: #4 and #9. Not empty and North: #1 #3 #6 #7 #10; of those in Q1: #1 #3 #6 #7.
        assertThat(one(Metric.count(Filter.empty(REGION), When.always()), Q1)).isEqualTo(Value.of(2, Unit.COUNT));
        Filter north = Filter.in(REGION, Set.of("North"));
        assertThat(one(Metric.count(north, CREATED_IN_P), Q1)).isEqualTo(Value.of(4, Unit.COUNT));
        // Leads or lost deals in Q1: #3, #6, #9.
        Filter leadsOrLost = Filter.or(Filter.typeIn(Set.of("Lead")), Filter.statusIn(Set.of("Lost")));
        assertThat(one(Metric.count(leadsOrLost, CREATED_IN_P), Q1)).isEqualTo(Value.of(3, Unit.COUNT));
        // Not a deal with an amount: #5, #6, #9 in Q1.
        Filter noAmountDeal = Filter.not(Filter.and(Filter.typeIn(Set.of("Deal")), Filter.notEmpty(AMOUNT)));
        assertThat(one(Metric.count(noAmountDeal, CREATED_IN_P), Q1)).isEqualTo(Value.of(3, Unit.COUNT));
        // A value no issue has matches nothing.
        assertThat(one(Metric.count(Filter.in(REGION, Set.of("West")), When.always()), Q1))
                .isEqualTo(Value.of(0, Unit.COUNT));
    }

    @Test
    void beforeThroughAndAlways() {
        Measure amount = Measure.field(AMOUNT);
        // Won before February: #8 (Dec) 1000, #1 100, #2 300 = 1400; through February adds #4 200 = 1600.
        assertThat(one(agg(WON, When.before(Column.CREATED), Aggregation.sum(amount)), FEBRUARY).asNumber())
                .hasValue(new BigDecimal("1400"));
        assertThat(one(agg(WON, When.through(Column.CREATED), Aggregation.sum(amount)), FEBRUARY).asNumber())
                .hasValue(new BigDecimal("1600"));
        // Always: every won deal whatever its date: 100+300+200+400+1000+5 = 2005.
        assertThat(one(agg(WON, When.always(), Aggregation.sum(amount)), FEBRUARY).asNumber())
                .hasValue(new BigDecimal("2005"));
        // Largest won before February: 1000; smallest through March: 100.
        assertThat(one(agg(WON, When.before(Column.CREATED), Aggregation.max(amount)), FEBRUARY).asNumber())
                .hasValue(new BigDecimal("1000"));
        assertThat(one(agg(WON, When.through(Column.CREATED), Aggregation.min(amount)), FEBRUARY).asNumber())
                .hasValue(new BigDecimal("100"));
    }

    @Test
    void ratioGrowthAndPreviousPerMonth() {
        Metric won = agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT)));
        List<Period> months = CALENDAR.buckets(Q1, Bucket.MONTH);
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR,
                List.of(won, Metric.previous(won), Metric.growth(won),
                        Metric.ratio(Metric.count(WON, CREATED_IN_P),
                                Metric.count(Filter.typeIn(Set.of("Deal")), CREATED_IN_P))),
                months, Dimension.none(), Inputs.none());
        // Won: Dec 1000 | Jan 400 | Feb 200 | Mar 400.
        assertThat(grids.get(0).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(400, 200, 400);
        assertThat(grids.get(1).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(1000, 400, 200);
        // Growth: (400-1000)/1000 = -0.6, (200-400)/400 = -0.5, (400-200)/200 = 1.
        assertThat(grids.get(2).row(0)).extracting(v -> v.asNumber().orElseThrow())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-0.6"), new BigDecimal("-0.5"), BigDecimal.ONE);
        // Won share of deals: Jan 2/3, Feb 1/2, Mar 1/1.
        assertThat(grids.get(3).value(0, 1).asNumber()).hasValue(new BigDecimal("0.5"));
        assertThat(grids.get(3).value(0, 2).asNumber()).hasValue(BigDecimal.ONE);
    }

    @Test
    void groupsAreTheUniverseValuesWithZeroesAndTheEmptyGroupLast() {
        // Deals by region in February: universe = regions of any deal: North, South and the empty one (#4).
        Grid grid = MetricEngine.evaluate(table, CALENDAR, List.of(Metric.count(WON, CREATED_IN_P)), List.of(FEBRUARY),
                Dimension.by(REGION, Filter.typeIn(Set.of("Deal"))), Inputs.none()).get(0);
        assertThat(grid.groups()).containsExactly("North", "South", "");
        assertThat(grid.value("North", 0)).isEqualTo(Value.of(0, Unit.COUNT));
        assertThat(grid.value("", 0)).isEqualTo(Value.of(1, Unit.COUNT));
    }

    @Test
    void firstSeenAndLapsed() {
        // Region of won deals by month: Dec South | Jan North, South | Feb - | Mar North | Apr North.
        Metric firstSeen = new Metric.FirstSeen(WON, Column.CREATED, REGION, false);
        Metric seenSoFar = new Metric.FirstSeen(WON, Column.CREATED, REGION, true);
        Metric lapsed = new Metric.Lapsed(WON, Column.CREATED, REGION);
        List<Period> months = CALENDAR.buckets(Q1, Bucket.MONTH);
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, List.of(firstSeen, seenSoFar, lapsed), months,
                Dimension.none(), Inputs.none());
        // First won deal: South in Dec, North in Jan.
        assertThat(grids.get(0).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(1, 0, 0);
        assertThat(grids.get(1).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(2, 2, 2);
        // Lapsed: Jan: Dec's South bought again -> 0; Feb: North and South both silent -> 2; Mar: none active in Feb -> 0.
        assertThat(grids.get(2).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(0, 2, 0);
    }

    @Test
    void inputsReachTheMetricPerPeriodAndGroup() {
        Metric target = Metric.input("target", Unit.AMOUNT);
        Inputs onlyFebruary = (name, period, group) -> period.equals(FEBRUARY)
                ? java.util.Optional.of(BigDecimal.TEN) : java.util.Optional.empty();
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, List.of(target), List.of(JANUARY, FEBRUARY),
                Dimension.none(), onlyFebruary);
        assertThat(grids.get(0).value(0, 0)).isEqualTo(Value.absent(AbsentReason.NO_TARGET));
        assertThat(grids.get(0).value(0, 1)).isEqualTo(Value.of(BigDecimal.TEN, Unit.AMOUNT));
    }

    @Test
    void rejectsGapsZoneMismatchesAndCumulativeMedians() {
        assertThatThrownBy(() -> MetricEngine.evaluate(table, CALENDAR, List.of(Metric.count(WON, CREATED_IN_P)),
                List.of(JANUARY, new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1))), Dimension.none(),
                Inputs.none())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gaps");
        assertThatThrownBy(() -> MetricEngine.evaluate(table, SalesCalendar.of(ZoneId.of("Asia/Tokyo")),
                Metric.count(WON, CREATED_IN_P), JANUARY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Asia/Tokyo");
        assertThatThrownBy(() -> Metric.aggregate(WON, When.through(Column.CREATED),
                Aggregation.median(Measure.field(AMOUNT)), Unit.AMOUNT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> When.during(Column.STATUS)).hasMessageContaining("status");
        assertThatThrownBy(() -> new Metric.FirstSeen(WON, Column.CREATED, AMOUNT, false))
                .hasMessageContaining("customfield_1");
        assertThatThrownBy(() -> new Metric.Lapsed(WON, REGION, REGION)).hasMessageContaining("customfield_2");
    }

    @Test
    void listsTheColumnsAMetricNeeds() {
        Metric metric = Metric.ratio(agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT))),
                Metric.count(Filter.empty(REGION), When.always()));
        assertThat(MetricEngine.columns(List.of(metric), Dimension.none()))
                .containsExactlyInAnyOrder(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, AMOUNT, REGION);
    }

    @Test
    void previousIsTheCalendarsPreviousPeriodEvenAfterAClippedBucket() {
        // A range from 15 January cuts January short: [15 Jan, 1 Feb) holds only #2 (300).
        // February's previous period is still all of January (#1 100 + #2 300 = 400):
        // growth (200 - 400) / 400 = -0.5, not (200 - 300) / 300.
        Metric won = agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT)));
        List<Period> buckets = CALENDAR.buckets(new Period(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 4, 1)),
                Bucket.MONTH);
        List<Grid> grids = MetricEngine.evaluate(table, CALENDAR, List.of(won, Metric.previous(won), Metric.growth(won)),
                buckets, Dimension.none(), Inputs.none());
        assertThat(grids.get(0).value(0, 0).asNumber()).hasValue(new BigDecimal("300"));
        assertThat(grids.get(1).value(0, 1).asNumber()).hasValue(new BigDecimal("400"));
        assertThat(grids.get(2).value(0, 1).asNumber().orElseThrow()).isEqualByComparingTo("-0.5");
        // March follows a whole February: (400 - 200) / 200 = 1.
        assertThat(grids.get(2).value(0, 2).asNumber().orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void customerCountsGroupedByCustomerKeepStateOnlyForPairsSeen() {
        // 3000 customers grouped by customer would be 9 million (group, key) cells; only the 3000
        // pairs seen are kept. Customer c buys in January when c is even and in February when c
        // is divisible by 3: first seen in January 1500, in February 500 (odd multiples of 3);
        // lapsed in February: even and not divisible by 3 = 1000.
        List<IssueRecord> issues = new java.util.ArrayList<>();
        int n = 0;
        for (int c = 0; c < 3000; c++) {
            if (c % 2 == 0) {
                issues.add(purchase(++n, "2024-01-10", "C" + c));
            }
            if (c % 3 == 0) {
                issues.add(purchase(++n, "2024-02-10", "C" + c));
            }
            if (c % 2 != 0 && c % 3 != 0) {
                issues.add(purchase(++n, "2023-06-10", "C" + c));
            }
        }
        IssueTable customers = IssueTable.of(UTC, List.of(Column.ISSUE_TYPE, Column.STATUS, Column.CREATED, REGION),
                issues);
        List<Metric> metrics = List.of(new Metric.FirstSeen(WON, Column.CREATED, REGION, false),
                new Metric.Lapsed(WON, Column.CREATED, REGION));
        List<Period> months = List.of(JANUARY, FEBRUARY);
        List<Grid> byCustomer = MetricEngine.evaluate(customers, CALENDAR, metrics, months,
                Dimension.by(REGION, Filter.all()), Inputs.none());
        List<Grid> total = MetricEngine.evaluate(customers, CALENDAR, metrics, months, Dimension.none(), Inputs.none());
        assertThat(byCustomer.get(0).groups()).hasSize(3000);
        assertThat(total.get(0).row(0)).extracting(v -> v.asNumber().orElseThrow().intValue()).containsExactly(1500, 500);
        assertThat(total.get(1).value(0, 1)).isEqualTo(Value.of(1000, Unit.COUNT));
        for (int m = 0; m < metrics.size(); m++) {
            for (int p = 0; p < months.size(); p++) {
                long sum = 0;
                for (int g = 0; g < 3000; g++) {
                    sum += byCustomer.get(m).value(g, p).asNumber().orElseThrow().longValue();
                }
                assertThat(sum).isEqualTo(total.get(m).value(0, p).asNumber().orElseThrow().longValue());
            }
        }
        assertThat(byCustomer.get(1).value("C4", 1)).isEqualTo(Value.of(1, Unit.COUNT));
        assertThat(byCustomer.get(1).value("C6", 1)).isEqualTo(Value.of(0, Unit.COUNT));
    }

    @Test
    void theSameRequestOnTheSameTableIsComputedOnceUnlessItAsksForInputs() {
        Metric wonAmount = agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT)));
        List<MetricEngine.Request> requests = List.of(new MetricEngine.Request(wonAmount, Dimension.none()));

        List<Grid> first = MetricEngine.evaluate(table, CALENDAR, requests, List.of(Q1), Inputs.none());
        // Equal values, not the same objects: the request, the period and the calendar are compared as values.
        List<Grid> again = MetricEngine.evaluate(table, CALENDAR,
                List.of(new MetricEngine.Request(agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT))),
                        Dimension.none())), List.of(new Period(Q1.start(), Q1.end())), Inputs.none());
        assertThat(again).isSameAs(first);
        // Issues 1, 2, 4 and 7 were won in Q1: 100 + 300 + 200 + 400.
        assertThat(again.get(0).single().asNumber()).hasValue(new BigDecimal("1000"));

        // Another table (even of the same issues), period or request is computed afresh.
        IssueTable copy = ten();
        assertThat(MetricEngine.evaluate(copy, CALENDAR, requests, List.of(Q1), Inputs.none())).isNotSameAs(first);
        assertThat(MetricEngine.evaluate(table, CALENDAR, requests, List.of(JANUARY), Inputs.none()).get(0).single()
                .asNumber()).hasValue(new BigDecimal("400"));

        // A figure that reads an input (a target) depends on more than the table: kept with the answers it got.
        Metric target = Metric.input("target", Unit.AMOUNT);
        List<MetricEngine.Request> withTarget = List.of(new MetricEngine.Request(target, Dimension.none()));
        List<Grid> five = MetricEngine.evaluate(table, CALENDAR, withTarget, List.of(Q1),
                (name, period, group) -> java.util.Optional.of(new BigDecimal("5")));
        List<Grid> seven = MetricEngine.evaluate(table, CALENDAR, withTarget, List.of(Q1),
                (name, period, group) -> java.util.Optional.of(new BigDecimal("7")));
        assertThat(five.get(0).single().asNumber()).hasValue(new BigDecimal("5"));
        assertThat(seven.get(0).single().asNumber()).hasValue(new BigDecimal("7"));
        assertThat(MetricEngine.evaluate(table, CALENDAR, withTarget, List.of(Q1),
                (name, period, group) -> java.util.Optional.of(new BigDecimal("5")))).isSameAs(five);
        // 5.0 is another answer than 5 (its scale shows), so another result.
        assertThat(MetricEngine.evaluate(table, CALENDAR, withTarget, List.of(Q1),
                (name, period, group) -> java.util.Optional.of(new BigDecimal("5.0")))).isNotSameAs(five);
    }

    @Test
    void aPassThatAskedInputsIsKeptForTheSameAnswersOnly() {
        // Won amount against a target, by month: January's won amount is 400 (issues 1 and 2), February's 200 (issue 4).
        Metric wonAmount = agg(WON, CREATED_IN_P, Aggregation.sum(Measure.field(AMOUNT)));
        Metric attainment = Metric.ratio(wonAmount, Metric.input("target", Unit.AMOUNT), Unit.RATIO);
        List<MetricEngine.Request> requests = List.of(new MetricEngine.Request(attainment, Dimension.none()));
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Map<Period, BigDecimal> targets = new java.util.HashMap<>(java.util.Map.of(JANUARY,
                new BigDecimal("1000"), FEBRUARY, new BigDecimal("400")));
        Inputs quotas = (name, period, group) -> {
            asked.incrementAndGet();
            return java.util.Optional.ofNullable(targets.get(period));
        };

        List<Grid> first = MetricEngine.evaluate(table, CALENDAR, requests, List.of(JANUARY, FEBRUARY), quotas);
        assertThat(first.get(0).value(0, 0).asNumber().orElseThrow()).isEqualByComparingTo("0.4");
        assertThat(MetricEngine.evaluate(table, CALENDAR, requests, List.of(JANUARY, FEBRUARY), quotas))
                .isSameAs(first);
        assertThat(asked).as("the kept pass's questions are asked again to find it").hasValue(4);

        // January's target halved: another key, computed at once.
        targets.put(JANUARY, new BigDecimal("500"));
        List<Grid> halved = MetricEngine.evaluate(table, CALENDAR, requests, List.of(JANUARY, FEBRUARY), quotas);
        assertThat(halved.get(0).value(0, 0).asNumber().orElseThrow()).isEqualByComparingTo("0.8");
        assertThat(halved.get(0).value(0, 1)).isEqualTo(first.get(0).value(0, 1));

        // A target taken away: the figure is absent, not the kept one.
        targets.remove(FEBRUARY);
        assertThat(MetricEngine.evaluate(table, CALENDAR, requests, List.of(JANUARY, FEBRUARY), quotas).get(0)
                .value(0, 1)).isEqualTo(Value.absent(AbsentReason.NO_TARGET));
    }

    private static IssueRecord purchase(int n, String created, String customer) {
        return IssueRecord.builder("S-" + n, "S").type("Deal").status("Won", StatusCategory.DONE)
                .created(LocalDate.parse(created).atTime(12, 0).toInstant(ZoneOffset.UTC))
                .field(REGION.id(), FieldValue.option(customer)).build();
    }
}
