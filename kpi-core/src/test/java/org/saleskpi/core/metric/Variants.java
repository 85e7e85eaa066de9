package org.saleskpi.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/**
 * One example of every variant of the metric language's sealed types. Tests that walk a ladder over a
 * sealed type iterate these; {@link #covering} fails when a new variant has no example yet, so the new
 * variant is walked through every ladder before it ships.
 */
public final class Variants {
    public static final Column AMOUNT = Column.custom("customfield_10100", FieldType.NUMBER);
    public static final Column CUSTOMER = Column.custom("customfield_10200", FieldType.OPTION);

    private Variants() {
    }

    /** The examples, keyed by their class, after checking they cover every permitted subclass of {@code type}. */
    public static <T> Map<Class<?>, T> covering(Class<T> type, Map<Class<?>, T> examples) {
        assertThat(examples.keySet()).as("an example of every %s", type.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(concrete(type));
        examples.forEach((variant, example) -> assertThat(example).isInstanceOf(variant));
        return examples;
    }

    /** The records a sealed type permits, through its sealed sub-interfaces ({@code Aggregation.OfMeasure}). */
    private static Set<Class<?>> concrete(Class<?> type) {
        if (!type.isSealed()) {
            return Set.of(type);
        }
        return Arrays.stream(type.getPermittedSubclasses()).flatMap(sub -> concrete(sub).stream())
                .collect(Collectors.toSet());
    }

    public static Map<Class<?>, Filter> filters() {
        Map<Class<?>, Filter> all = new LinkedHashMap<>();
        all.put(Filter.All.class, Filter.all());
        all.put(Filter.In.class, Filter.in(Column.STATUS_CATEGORY, Set.of("Done")));
        all.put(Filter.Empty.class, Filter.empty(Column.RESOLUTION));
        all.put(Filter.Not.class, Filter.not(Filter.in(Column.ASSIGNEE, Set.of("rep01"))));
        all.put(Filter.And.class, Filter.and(Filter.in(Column.STATUS_CATEGORY, Set.of("Done")),
                Filter.empty(Column.DUE)));
        all.put(Filter.Or.class, Filter.or(Filter.in(Column.REPORTER, Set.of("rep02")), Filter.empty(CUSTOMER)));
        return covering(Filter.class, all);
    }

    public static Map<Class<?>, Aggregation> aggregations() {
        Measure amount = Measure.field(AMOUNT);
        Map<Class<?>, Aggregation> all = new LinkedHashMap<>();
        all.put(Aggregation.Count.class, Aggregation.count());
        all.put(Aggregation.Sum.class, Aggregation.sum(amount));
        all.put(Aggregation.Mean.class, Aggregation.mean(Measure.daysBetween(Column.CREATED, Column.RESOLVED)));
        all.put(Aggregation.Median.class, Aggregation.median(amount));
        all.put(Aggregation.Min.class, Aggregation.min(amount));
        all.put(Aggregation.Max.class, Aggregation.max(amount));
        all.put(Aggregation.DistinctCount.class, Aggregation.distinctCount(CUSTOMER));
        all.put(Aggregation.Percentile.class, Aggregation.percentile(amount, new BigDecimal("0.85")));
        return covering(Aggregation.class, all);
    }

    public static Map<Class<?>, When> whens() {
        Map<Class<?>, When> all = new LinkedHashMap<>();
        all.put(When.Always.class, When.always());
        all.put(When.During.class, When.during(Column.RESOLVED));
        all.put(When.Before.class, When.before(Column.CREATED));
        all.put(When.Through.class, When.through(Column.DUE));
        return covering(When.class, all);
    }

    public static Map<Class<?>, Metric> metrics() {
        Metric wonCount = Metric.count(Filter.in(Column.STATUS_CATEGORY, Set.of("Done")), When.during(Column.RESOLVED));
        Metric created = Metric.count(Filter.all(), When.during(Column.CREATED));
        Map<Class<?>, Metric> all = new LinkedHashMap<>();
        all.put(Metric.Aggregate.class, wonCount);
        all.put(Metric.FirstSeen.class, new Metric.FirstSeen(Filter.all(), Column.RESOLVED, CUSTOMER, false));
        all.put(Metric.Lapsed.class, new Metric.Lapsed(Filter.all(), Column.DUE, CUSTOMER));
        all.put(Metric.Ratio.class, Metric.ratio(wonCount, created));
        all.put(Metric.Arithmetic.class, Metric.plus(wonCount, created));
        all.put(Metric.Previous.class, Metric.previous(wonCount));
        all.put(Metric.Growth.class, Metric.growth(wonCount));
        all.put(Metric.Input.class, Metric.input("quota", Unit.AMOUNT));
        all.put(Metric.Constant.class, Metric.constant(BigDecimal.TEN, Unit.COUNT));
        all.put(Metric.PeriodDays.class, new Metric.PeriodDays());
        all.put(Metric.Unavailable.class, Metric.unavailable(AbsentReason.NO_DATA, Unit.COUNT));
        all.put(Metric.AsOf.class, Metric.asOf(wonCount, AsOfPoint.PERIOD_END));
        // History parts (rows 11 to 15).
        Filter open = Filter.not(Filter.in(Column.STATUS_CATEGORY, Set.of("Done")));
        all.put(Metric.Visits.class, new Metric.Visits(Filter.in(Column.ISSUE_TYPE, Set.of("Deal")), Column.STATUS,
                Set.of("Proposal"), Metric.VisitScope.ENDED, Statistic.median()));
        all.put(Metric.Reach.class, new Metric.Reach(Filter.all(), Column.STATUS, Metric.Cohort.CREATED, false,
                Metric.ReachFigure.REACHED));
        all.put(Metric.Pushes.class, new Metric.Pushes(Filter.empty(CUSTOMER), open, Column.DUE,
                Metric.PushFigure.PUSHES));
        all.put(Metric.Movement.class, new Metric.Movement(Filter.all(), open, Filter.in(Column.STATUS, Set.of("Won")),
                Filter.empty(Column.RESOLUTION), Optional.of(AMOUNT), Metric.MovementPart.NEW));
        all.put(Metric.Positive.class, Metric.positive(Metric.minus(created, wonCount), AbsentReason.TARGET_MET));
        return covering(Metric.class, all);
    }
}
