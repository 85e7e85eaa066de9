package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;

/**
 * Every ladder over a sealed type of the metric language answers for every variant: a new variant without
 * an example in {@link Variants} fails here, and one the ladders miss throws instead of falling through.
 */
class EveryVariantIsHandledTest {

    @Test
    void everyAggregationHasItsOwnAccumulator() {
        Map<Class<?>, AggregateLeaf.Kind> kinds = new HashMap<>();
        Variants.aggregations().forEach((variant, aggregation) ->
                kinds.put(variant, AggregateLeaf.kindOf(aggregation)));

        assertThat(kinds).containsEntry(Aggregation.Count.class, AggregateLeaf.Kind.COUNT)
                .containsEntry(Aggregation.Sum.class, AggregateLeaf.Kind.SUM)
                .containsEntry(Aggregation.Mean.class, AggregateLeaf.Kind.MEAN)
                .containsEntry(Aggregation.Median.class, AggregateLeaf.Kind.MEDIAN)
                .containsEntry(Aggregation.Min.class, AggregateLeaf.Kind.MIN)
                .containsEntry(Aggregation.Max.class, AggregateLeaf.Kind.MAX)
                .containsEntry(Aggregation.DistinctCount.class, AggregateLeaf.Kind.DISTINCT)
                .containsEntry(Aggregation.Percentile.class, AggregateLeaf.Kind.PERCENTILE);
        // Before this ladder threw, an unknown aggregation was silently counted as a distinct count.
        assertThat(Set.copyOf(kinds.values())).containsExactlyInAnyOrder(AggregateLeaf.Kind.values());
    }

    @Test
    void everyAggregationSaysWhatItReadsAndWhetherItAccumulates() {
        Map<Class<?>, Aggregation> all = Variants.aggregations();

        all.forEach((variant, aggregation) -> {
            boolean readsANumber = variant != Aggregation.Count.class && variant != Aggregation.DistinctCount.class;
            assertThat(aggregation.measured().isPresent()).as(variant.getSimpleName()).isEqualTo(readsANumber);
            boolean cumulable = variant != Aggregation.Median.class && variant != Aggregation.DistinctCount.class
                    && variant != Aggregation.Percentile.class;
            assertThat(aggregation.isCumulable()).as(variant.getSimpleName()).isEqualTo(cumulable);
        });
        assertThat(all.get(Aggregation.Sum.class).measured()).contains(Measure.field(Variants.AMOUNT));
    }

    @Test
    void everyWhenNamesTheDateThatTiesItToThePeriod() {
        Map<Class<?>, When> all = Variants.whens();

        assertThat(all.get(When.Always.class).dateColumn()).isEmpty();
        assertThat(all.get(When.During.class).dateColumn()).contains(Column.RESOLVED);
        assertThat(all.get(When.Before.class).dateColumn()).contains(Column.CREATED);
        assertThat(all.get(When.Through.class).dateColumn()).contains(Column.DUE);
    }

    @Test
    void everyMetricListsTheColumnsItReads() {
        Map<Class<?>, Set<Column>> expected = Map.ofEntries(
                Map.entry(Metric.Aggregate.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED)),
                Map.entry(Metric.FirstSeen.class, Set.of(Column.RESOLVED, Variants.CUSTOMER)),
                Map.entry(Metric.Lapsed.class, Set.of(Column.DUE, Variants.CUSTOMER)),
                Map.entry(Metric.Ratio.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED, Column.CREATED)),
                Map.entry(Metric.Arithmetic.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED, Column.CREATED)),
                Map.entry(Metric.Previous.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED)),
                Map.entry(Metric.Growth.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED)),
                Map.entry(Metric.Input.class, Set.of()),
                Map.entry(Metric.Constant.class, Set.of()),
                Map.entry(Metric.PeriodDays.class, Set.of()),
                Map.entry(Metric.Unavailable.class, Set.of()),
                // A past state derives the status category from the status, the resolved date from the resolution.
                Map.entry(Metric.Positive.class, Set.of(Column.STATUS_CATEGORY, Column.RESOLVED, Column.CREATED)),
                Map.entry(Metric.AsOf.class,
                        Set.of(Column.STATUS_CATEGORY, Column.RESOLVED, Column.STATUS, Column.RESOLUTION)),
                // History parts read their filter's columns now and the columns they replay.
                Map.entry(Metric.Visits.class, Set.of(Column.ISSUE_TYPE, Column.STATUS)),
                Map.entry(Metric.Reach.class, Set.of(Column.STATUS)),
                Map.entry(Metric.Pushes.class, Set.of(Variants.CUSTOMER, Column.STATUS_CATEGORY, Column.DUE)),
                Map.entry(Metric.Movement.class,
                        Set.of(Column.STATUS_CATEGORY, Column.STATUS, Column.RESOLUTION, Variants.AMOUNT)));

        Variants.metrics().forEach((variant, metric) -> assertThat(columns(metric)).as(variant.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(expected.get(variant)));
    }

    @Test
    void everyFilterListsTheColumnsItReads() {
        Map<Class<?>, Set<Column>> expected = Map.of(
                Filter.All.class, Set.of(),
                Filter.In.class, Set.of(Column.STATUS_CATEGORY),
                Filter.Empty.class, Set.of(Column.RESOLUTION),
                Filter.Not.class, Set.of(Column.ASSIGNEE),
                Filter.And.class, Set.of(Column.STATUS_CATEGORY, Column.DUE),
                Filter.Or.class, Set.of(Column.REPORTER, Variants.CUSTOMER));

        Variants.filters().forEach((variant, filter) -> assertThat(columns(Metric.count(filter, When.always())))
                .as(variant.getSimpleName()).containsExactlyInAnyOrderElementsOf(expected.get(variant)));
    }

    @Test
    void everyAggregationListsTheColumnsItReads() {
        Map<Class<?>, Set<Column>> expected = Map.of(
                Aggregation.Percentile.class, Set.of(Variants.AMOUNT),
                Aggregation.Count.class, Set.of(),
                Aggregation.Sum.class, Set.of(Variants.AMOUNT),
                Aggregation.Mean.class, Set.of(Column.CREATED, Column.RESOLVED),
                Aggregation.Median.class, Set.of(Variants.AMOUNT),
                Aggregation.Min.class, Set.of(Variants.AMOUNT),
                Aggregation.Max.class, Set.of(Variants.AMOUNT),
                Aggregation.DistinctCount.class, Set.of(Variants.CUSTOMER));

        Variants.aggregations().forEach((variant, aggregation) -> assertThat(
                columns(Metric.aggregate(Filter.all(), When.always(), aggregation, Unit.NUMBER)))
                .as(variant.getSimpleName()).containsExactlyInAnyOrderElementsOf(expected.get(variant)));
    }

    @Test
    void onlyFiguresOfAPastStateNeedHistory() {
        Map<Class<?>, Set<Column>> expected = new HashMap<>();
        Variants.metrics().keySet().forEach(variant -> expected.put(variant, Set.of()));
        // Won in P as of its end: the status (for its category) and the resolution (for the resolved date).
        expected.put(Metric.AsOf.class, Set.of(Column.STATUS, Column.RESOLUTION));
        // History parts: the value visited; the date pushed and what "open" reads; what movement's filters read.
        expected.put(Metric.Visits.class, Set.of(Column.STATUS));
        expected.put(Metric.Reach.class, Set.of(Column.STATUS));
        expected.put(Metric.Pushes.class, Set.of(Column.STATUS_CATEGORY, Column.DUE));
        expected.put(Metric.Movement.class, Set.of(Column.STATUS_CATEGORY, Column.STATUS, Column.RESOLUTION, Variants.AMOUNT));

        Variants.metrics().forEach((variant, metric) -> assertThat(MetricEngine.historyColumns(List.of(metric)))
                .as(variant.getSimpleName()).containsExactlyInAnyOrderElementsOf(expected.get(variant)));
    }

    private static Set<Column> columns(Metric metric) {
        return MetricEngine.columns(List.of(metric), Dimension.none());
    }
}
