package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Objects;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;

/**
 * A figure computed from issues for a period: aggregations over filters, combined by ratio,
 * arithmetic and period-over-period growth. The ten KPIs are named presets of this algebra
 * (see {@code org.saleskpi.core.kpi.KpiCatalog}).
 */
public sealed interface Metric {

    Unit unit();

    /** An aggregation of the issues that pass {@code filter}, tied to the period by {@code when}. */
    record Aggregate(Filter filter, When when, Aggregation aggregation, Unit unit) implements Metric {
        public Aggregate {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(aggregation, "aggregation");
            Objects.requireNonNull(unit, "unit");
            if (!(when instanceof When.During) && !(when instanceof When.Always) && !aggregation.isCumulable()) {
                throw new IllegalArgumentException(aggregation + " cannot be accumulated over earlier periods");
            }
        }
    }

    /**
     * How many values of {@code key} have their first matching issue ({@code date} the earliest)
     * in P, or before the end of P when {@code throughEnd}: new customers, customers to date.
     */
    record FirstSeen(Filter filter, Column date, Column key, boolean throughEnd) implements Metric {
        public FirstSeen {
            Objects.requireNonNull(filter, "filter");
            requireDateAndKey(date, key);
        }

        @Override
        public Unit unit() {
            return Unit.COUNT;
        }
    }

    /** How many values of {@code key} had a matching issue in the previous period but none in P. */
    record Lapsed(Filter filter, Column date, Column key) implements Metric {
        public Lapsed {
            Objects.requireNonNull(filter, "filter");
            requireDateAndKey(date, key);
        }

        @Override
        public Unit unit() {
            return Unit.COUNT;
        }
    }

    /** numerator / denominator; absent when the denominator is zero. */
    record Ratio(Metric numerator, Metric denominator, Unit unit) implements Metric {
        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** left (+, -, x) right. */
    record Arithmetic(Operator operator, Metric left, Metric right, Unit unit) implements Metric {
        public Arithmetic {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** The metric's value for the period before P. */
    record Previous(Metric metric) implements Metric {
        public Previous {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public Unit unit() {
            return metric.unit();
        }
    }

    /** (value in P - value in previous P) / value in previous P; absent when the previous is 0. */
    record Growth(Metric metric) implements Metric {
        public Growth {
            Objects.requireNonNull(metric, "metric");
        }

        @Override
        public Unit unit() {
            return Unit.RATIO;
        }
    }

    /** A number the caller supplies per period and group, such as a target or a quota. */
    record Input(String name, Unit unit) implements Metric {
        public Input {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }
    }

    record Constant(BigDecimal value, Unit unit) implements Metric {
        public Constant {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** The number of calendar days in P. */
    record PeriodDays() implements Metric {
        @Override
        public Unit unit() {
            return Unit.DAYS;
        }
    }

    /** Always absent: what the profile does not configure cannot be computed. */
    record Unavailable(AbsentReason reason, Unit unit) implements Metric {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(unit, "unit");
        }
    }

    // Issue history (KPI-DEFINITIONS.md, "As-of evaluation").

    /**
     * {@code metric} computed on the issues' states at {@code point} in each period (the table's
     * {@code asOf}): a pipeline trend is the open pipeline at {@link AsOfPoint#PERIOD_END} of each
     * bucket. Absent with {@link AbsentReason#NO_HISTORY} when the table has no known history, except
     * at {@link AsOfPoint#NOW}, which is the table's own state.
     */
    record AsOf(Metric metric, AsOfPoint point) implements Metric {
        public AsOf {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(point, "point");
        }

        @Override
        public Unit unit() {
            return metric.unit();
        }
    }

    /**
     * The metric where it is above zero, else absent with {@code otherwise}: what remains to reach a
     * target once nothing remains (KPI-DEFINITIONS.md row 18, "remaining <= 0: absent, target met").
     */
    record Positive(Metric metric, AbsentReason otherwise) implements Metric {
        public Positive {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public Unit unit() {
            return metric.unit();
        }
    }

    enum Operator {
        PLUS,
        MINUS,
        TIMES
    }

    static Metric aggregate(Filter filter, When when, Aggregation aggregation, Unit unit) {
        return new Aggregate(filter, when, aggregation, unit);
    }

    static Metric count(Filter filter, When when) {
        return new Aggregate(filter, when, Aggregation.count(), Unit.COUNT);
    }

    static Metric ratio(Metric numerator, Metric denominator) {
        return new Ratio(numerator, denominator, Unit.RATIO);
    }

    static Metric ratio(Metric numerator, Metric denominator, Unit unit) {
        return new Ratio(numerator, denominator, unit);
    }

    static Metric minus(Metric left, Metric right) {
        return new Arithmetic(Operator.MINUS, left, right, left.unit());
    }

    static Metric plus(Metric left, Metric right) {
        return new Arithmetic(Operator.PLUS, left, right, left.unit());
    }

    static Metric times(Metric left, Metric right, Unit unit) {
        return new Arithmetic(Operator.TIMES, left, right, unit);
    }

    static Metric previous(Metric metric) {
        return new Previous(metric);
    }

    static Metric growth(Metric metric) {
        return new Growth(metric);
    }

    static Metric constant(BigDecimal value, Unit unit) {
        return new Constant(value, unit);
    }

    static Metric input(String name, Unit unit) {
        return new Input(name, unit);
    }

    static Metric asOf(Metric metric, AsOfPoint point) {
        return new AsOf(metric, point);
    }

    static Metric positive(Metric metric, AbsentReason otherwise) {
        return new Positive(metric, otherwise);
    }

    static Metric unavailable(AbsentReason reason, Unit unit) {
        return new Unavailable(reason, unit);
    }

    private static void requireDateAndKey(Column date, Column key) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        if (date.type() != FieldType.DATE) {
            throw new IllegalArgumentException("first seen and lapsed need a date column, not " + date.id());
        }
        if (!key.type().isCoded()) {
            throw new IllegalArgumentException("first seen and lapsed count values of a coded column, not " + key.id());
        }
    }
}
