package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

    // History parts (KPI-DEFINITIONS.md rows 11 to 15, docs/adr/0027-pipeline-parts.md). Each reads the
    // table's change history; on a table without one, or whose host knows no row's past, it is absent
    // with NO_HISTORY. Filters pick issues by their current state; "open" and the like are filters
    // evaluated on the state as of an instant.

    /**
     * Time in a value (row 12): over (issue, value) pairs of a coded column, for the values in
     * {@code values}. {@link VisitScope#ENDED}: pairs whose last visit to the value ended in P, each
     * the sum of all the issue's visits to it, in elapsed days (seconds / 86 400). {@link VisitScope#OPEN}:
     * "current age", the days since the open visit began, over visits open at the end of P (or at the
     * last instant the history knows, if earlier). Grouped by {@link Dimension.Steps} over the same
     * column, a pair is in the step of its value; grouped otherwise, in its issue's group.
     */
    record Visits(Filter filter, Column column, Set<String> values, VisitScope scope, Statistic statistic)
            implements Metric {
        public Visits {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(column, "column");
            if (!column.type().isCoded()) {
                throw new IllegalArgumentException("visits are to values of a coded column, not " + column.id());
            }
            values = Set.copyOf(values);
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(statistic, "statistic");
        }

        @Override
        public Unit unit() {
            return statistic.isCount() ? Unit.COUNT : Unit.DAYS;
        }
    }

    /** Which visits {@link Visits} reads. */
    enum VisitScope {
        /** Pairs whose last visit ended in P: the days of all the issue's visits to the value. */
        ENDED,
        /** Visits still open at the end of P: the days since they began ("current age"). */
        OPEN
    }

    /**
     * Funnel reach (row 11), read per step of a {@link Dimension.Steps} over {@code column} (in any other
     * grouping it is absent, NOT_CONFIGURED). The cohort: issues passing {@code filter} created in P, or whose first entry into
     * the first step is in P. reached(k): cohort issues ever, up to the last instant the history knows,
     * in step k or a later one (cumulative: a skipped step counts as passed); strict: that entered steps
     * 1..k in that order. Conversions: step reached(k+1) / reached(k), from start reached(k) / reached(1),
     * absent when the denominator is 0 (and the step conversion of the last step).
     */
    record Reach(Filter filter, Column column, Cohort cohort, boolean strict, ReachFigure figure) implements Metric {
        public Reach {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(cohort, "cohort");
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public Unit unit() {
            return figure == ReachFigure.REACHED ? Unit.COUNT : Unit.RATIO;
        }
    }

    /** Which issues a {@link Reach} follows. */
    enum Cohort {
        /** Created in P (the default). */
        CREATED,
        /** First entered the first step in P. */
        ENTERED_FIRST_STEP
    }

    /** What a {@link Reach} gives per step. */
    enum ReachFigure { REACHED, STEP_CONVERSION, FROM_START_CONVERSION }

    /**
     * Close-date pushes (row 14): a push is a change of the date column to a later date made while the
     * issue passes {@code open} (its state as of the change's instant, that change included). Over
     * issues passing {@code filter} that pass {@code open} at some instant of P, {@code figure} counts
     * or sums (see {@link PushFigure}); share and mean are ratios of these.
     */
    record Pushes(Filter filter, Filter open, Column date, PushFigure figure) implements Metric {
        /** Pushed this many times in total or more, a deal is slipping (who's behind). */
        public static final int SLIPPING_PUSHES = 3;

        public Pushes {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(date, "date");
            if (date.type() != FieldType.DATE) {
                throw new IllegalArgumentException("pushes move a date column, not " + date.id());
            }
            Objects.requireNonNull(figure, "figure");
        }

        @Override
        public Unit unit() {
            return figure == PushFigure.DAYS_PUSHED ? Unit.DAYS : Unit.COUNT;
        }
    }

    /** What a {@link Pushes} counts. */
    enum PushFigure {
        /** Pushes in P. */
        PUSHES,
        /** Issues open at some instant of P. */
        OPEN_ISSUES,
        /** Of those, the ones pushed at least once in P. */
        PUSHED_ISSUES,
        /** Days the pushes in P moved the date, summed. */
        DAYS_PUSHED,
        /** Issues open at the end of P pushed {@value Pushes#SLIPPING_PUSHES} or more times up to then. */
        SLIPPING
    }

    /**
     * Pipeline movement (row 15) between the start and the end of P, each issue passing {@code filter}
     * compared in its states at the two instants: open at start + new + increased - decreased - won -
     * lost - moved out = open at end, exactly. {@code open}, {@code won} and {@code lost} are filters on
     * those states; amounts are {@code amount} as of each instant (empty counts 0), and without an amount
     * column each issue counts 1 (open deals at the start of P, row 13).
     */
    record Movement(Filter filter, Filter open, Filter won, Filter lost, Optional<Column> amount, MovementPart part)
            implements Metric {
        public Movement {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(won, "won");
            Objects.requireNonNull(lost, "lost");
            Objects.requireNonNull(amount, "amount");
            if (amount.filter(a -> a.type() != FieldType.NUMBER).isPresent()) {
                throw new IllegalArgumentException("movement sums a number column, not " + amount.get().id());
            }
            Objects.requireNonNull(part, "part");
        }

        @Override
        public Unit unit() {
            return amount.isPresent() ? Unit.AMOUNT : Unit.COUNT;
        }
    }

    /**
     * One bar of the movement waterfall. Open at both instants: the amount's change is an increase or a
     * decrease. Open at start and won (lost) at the end: the change up to then, and the end amount as won
     * (lost). Open at start and neither open, won nor lost at the end: its start amount moved out. Open
     * at the end only: its end amount is new.
     */
    enum MovementPart { OPEN_AT_START, NEW, INCREASED, DECREASED, WON, LOST, MOVED_OUT, OPEN_AT_END }

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
