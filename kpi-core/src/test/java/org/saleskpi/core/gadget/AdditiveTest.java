package org.saleskpi.core.gadget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.kpi.Kpi;
import org.saleskpi.core.kpi.KpiCatalog;
import org.saleskpi.core.kpi.KpiOptions;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.metric.Variants;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;

class AdditiveTest {
    private final KpiCatalog catalog = new KpiCatalog(Pipeline.model(), KpiOptions.defaults());

    @Test
    void everyKindOfMetricIsEitherAdditiveOrNot() {
        // Counts in the period and sums of counts add up; an unconfigured count shows why it is absent.
        Map<Class<?>, Boolean> expected = Map.ofEntries(Map.entry(Metric.Aggregate.class, true),
                Map.entry(Metric.Arithmetic.class, true), Map.entry(Metric.Unavailable.class, true),
                Map.entry(Metric.FirstSeen.class, false), Map.entry(Metric.Lapsed.class, false),
                Map.entry(Metric.Ratio.class, false), Map.entry(Metric.Previous.class, false),
                Map.entry(Metric.Growth.class, false), Map.entry(Metric.Input.class, false),
                Map.entry(Metric.Constant.class, false), Map.entry(Metric.PeriodDays.class, false),
                Map.entry(Metric.AsOf.class, false), Map.entry(Metric.Positive.class, false),
                Map.entry(Metric.Visits.class, false), Map.entry(Metric.Reach.class, false),
                Map.entry(Metric.Pushes.class, false), Map.entry(Metric.Movement.class, false));

        Variants.metrics().forEach((variant, metric) ->
                assertThat(Additive.is(metric)).as(variant.getSimpleName()).isEqualTo(expected.get(variant)));
    }

    @Test
    void countsAndSumsOfThePeriodAddUp() {
        assertThat(Additive.is(metric(Kpi.WON_REVENUE, "amount"))).isTrue();
        assertThat(Additive.is(metric(Kpi.WON_REVENUE, "count"))).isTrue();
        assertThat(Additive.is(metric(Kpi.NEW_LEADS, "count"))).isTrue();
        assertThat(Additive.is(Metric.minus(metric(Kpi.WON_REVENUE, "amount"), metric(Kpi.WON_REVENUE, "amount"))))
                .isTrue();
    }

    @Test
    void ratesMeansAndRunningFiguresDoNot() {
        assertThat(Additive.is(metric(Kpi.WIN_RATE, "rate"))).isFalse();
        // An amount, yet a mean: the unit alone does not tell.
        assertThat(Additive.is(metric(Kpi.SALES_PER_REP, "averageDealSize"))).isFalse();
        assertThat(Additive.is(metric(Kpi.SALES_CYCLE, "medianDays"))).isFalse();
        assertThat(Additive.is(Metric.count(Filter.all(), When.through(Column.CREATED)))).isFalse();
        assertThat(Additive.is(Metric.aggregate(Filter.all(), When.during(Column.CREATED),
                Aggregation.distinctCount(Pipeline.CUSTOMER_COLUMN), Unit.COUNT))).isFalse();
        assertThat(Additive.is(Metric.constant(BigDecimal.ONE, Unit.COUNT))).isFalse();
    }

    @Test
    void anUnconfiguredAmountPassesSoThatTheGadgetShowsWhy() {
        assertThat(Additive.is(Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.AMOUNT))).isTrue();
        assertThat(Additive.is(Metric.unavailable(AbsentReason.NOT_CONFIGURED, Unit.RATIO))).isFalse();
    }

    @Test
    void restrictingKeepsOnlyTheIssuesThatAlsoPass() {
        // Won in March: ann 1000 for Acme, bob 2500 for Acme, bob 400 without customer.
        Metric amount = metric(Kpi.WON_REVENUE, "amount");
        Metric acme = Additive.restrict(amount, Filter.in(Pipeline.CUSTOMER_COLUMN, Set.of("Acme")));
        var table = Pipeline.table(
                Pipeline.deal("S-1").rep("ann").amount("1000").customer("Acme").won("2025-03-02"),
                Pipeline.deal("S-2").rep("bob").amount("2500").customer("Acme").won("2025-03-03"),
                Pipeline.deal("S-3").rep("bob").amount("400").won("2025-03-04"));
        Period march = Period.inclusive(Pipeline.date("2025-03-01"), Pipeline.date("2025-03-31"));

        Value value = MetricEngine.evaluate(table, Pipeline.model().calendar(), acme, march);

        assertThat(value.asNumber().orElseThrow()).isEqualByComparingTo("3500");
    }

    @Test
    void onlyAdditiveFiguresCanBeRestricted() {
        Metric mean = Metric.aggregate(Filter.all(), When.during(Column.CREATED),
                Aggregation.mean(Measure.field(Pipeline.AMOUNT_COLUMN)), Unit.AMOUNT);

        assertThatThrownBy(() -> Additive.restrict(mean, Filter.all())).isInstanceOf(IllegalArgumentException.class);
    }

    private Metric metric(Kpi kpi, String figure) {
        return catalog.define(kpi).figure(figure).metric();
    }
}
