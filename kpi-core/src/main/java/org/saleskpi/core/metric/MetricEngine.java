package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saleskpi.core.issue.CodeColumn;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Evaluates metrics over an issue table in one pass: every metric asked together shares the
 * decoded columns, the time bins and each distinct filter, however many KPIs use them.
 */
public final class MetricEngine {

    private MetricEngine() {
    }

    /** One metric for one period, ungrouped. */
    public static Value evaluate(IssueTable table, SalesCalendar calendar, Metric metric, Period period) {
        return evaluate(table, calendar, List.of(metric), List.of(period), Dimension.none(), Inputs.none())
                .get(0).single();
    }

    /**
     * Several metrics, each per group of {@code dimension} and per period.
     *
     * @param periods consecutive periods (each starting where the one before ends), e.g. buckets
     * @return one grid per metric, in the order asked
     */
    public static List<Grid> evaluate(IssueTable table, SalesCalendar calendar, List<Metric> metrics,
            List<Period> periods, Dimension dimension, Inputs inputs) {
        if (!table.zone().equals(calendar.zone())) {
            throw new IllegalArgumentException("the table's dates are local to " + table.zone()
                    + " but the calendar is in " + calendar.zone());
        }
        Pass pass = new Pass(table, new TimeBins(calendar, periods), dimension);
        for (Metric metric : metrics) {
            pass.plan(metric);
        }
        pass.run();
        List<Integer> groupCodes = pass.groupCodes();
        List<String> groupNames = groupCodes.stream().map(pass::groupName).toList();
        List<Value[][]> values = new ArrayList<>();
        for (Metric metric : metrics) {
            Value[][] grid = new Value[groupCodes.size()][periods.size()];
            for (int g = 0; g < groupCodes.size(); g++) {
                for (int p = 0; p < periods.size(); p++) {
                    grid[g][p] = pass.value(metric, groupCodes.get(g), groupNames.get(g), p + 1, inputs);
                }
            }
            values.add(grid);
        }
        recomputeWhereThePreviousPeriodIsNotTheSlotBefore(table, calendar, metrics, periods, dimension, inputs, values);
        List<Grid> grids = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            grids.add(new Grid(metrics.get(m).unit(), groupNames, periods, values.get(m)));
        }
        return grids;
    }

    /**
     * A period's "previous" is the calendar's previous period. After a bucket clipped to the range
     * (a range starting mid-quarter) the slot before is shorter than that, so figures that look
     * back (growth, previous, lapsed) are computed again for such a period on its own.
     */
    private static void recomputeWhereThePreviousPeriodIsNotTheSlotBefore(IssueTable table, SalesCalendar calendar,
            List<Metric> metrics, List<Period> periods, Dimension dimension, Inputs inputs, List<Value[][]> values) {
        List<Integer> lookingBack = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            if (looksBack(metrics.get(m))) {
                lookingBack.add(m);
            }
        }
        if (lookingBack.isEmpty()) {
            return;
        }
        List<Metric> subset = lookingBack.stream().map(metrics::get).toList();
        for (int p = 1; p < periods.size(); p++) {
            if (calendar.previous(periods.get(p)).equals(periods.get(p - 1))) {
                continue;
            }
            List<Grid> alone = evaluate(table, calendar, subset, List.of(periods.get(p)), dimension, inputs);
            for (int i = 0; i < subset.size(); i++) {
                Value[][] target = values.get(lookingBack.get(i));
                for (int g = 0; g < target.length; g++) {
                    target[g][p] = alone.get(i).value(g, 0);
                }
            }
        }
    }

    private static boolean looksBack(Metric metric) {
        if (metric instanceof Metric.Previous || metric instanceof Metric.Growth || metric instanceof Metric.Lapsed) {
            return true;
        }
        if (metric instanceof Metric.Ratio ratio) {
            return looksBack(ratio.numerator()) || looksBack(ratio.denominator());
        }
        if (metric instanceof Metric.Arithmetic arithmetic) {
            return looksBack(arithmetic.left()) || looksBack(arithmetic.right());
        }
        return false;
    }

    /** The columns a table must hold to evaluate these metrics grouped by {@code dimension}. */
    public static Set<Column> columns(List<Metric> metrics, Dimension dimension) {
        Set<Column> columns = new LinkedHashSet<>();
        metrics.forEach(metric -> collect(metric, columns));
        if (dimension instanceof Dimension.By by) {
            columns.add(by.column());
            collect(by.universe(), columns);
        }
        return columns;
    }

    private static void collect(Metric metric, Set<Column> columns) {
        if (metric instanceof Metric.Aggregate aggregate) {
            collect(aggregate.filter(), columns);
            collect(aggregate.when(), columns);
            collect(aggregate.aggregation(), columns);
        } else if (metric instanceof Metric.FirstSeen firstSeen) {
            collect(firstSeen.filter(), columns);
            columns.add(firstSeen.date());
            columns.add(firstSeen.key());
        } else if (metric instanceof Metric.Lapsed lapsed) {
            collect(lapsed.filter(), columns);
            columns.add(lapsed.date());
            columns.add(lapsed.key());
        } else if (metric instanceof Metric.Ratio ratio) {
            collect(ratio.numerator(), columns);
            collect(ratio.denominator(), columns);
        } else if (metric instanceof Metric.Arithmetic arithmetic) {
            collect(arithmetic.left(), columns);
            collect(arithmetic.right(), columns);
        } else if (metric instanceof Metric.Previous previous) {
            collect(previous.metric(), columns);
        } else if (metric instanceof Metric.Growth growth) {
            collect(growth.metric(), columns);
        }
    }

    private static void collect(Filter filter, Set<Column> columns) {
        if (filter instanceof Filter.In in) {
            columns.add(in.column());
        } else if (filter instanceof Filter.Empty empty) {
            columns.add(empty.column());
        } else if (filter instanceof Filter.Not not) {
            collect(not.filter(), columns);
        } else if (filter instanceof Filter.And and) {
            and.filters().forEach(f -> collect(f, columns));
        } else if (filter instanceof Filter.Or or) {
            or.filters().forEach(f -> collect(f, columns));
        }
    }

    private static void collect(When when, Set<Column> columns) {
        when.dateColumn().ifPresent(columns::add);
    }

    private static void collect(Aggregation aggregation, Set<Column> columns) {
        if (aggregation instanceof Aggregation.DistinctCount distinct) {
            columns.add(distinct.column());
        }
        Measure measure = aggregation.measured().orElse(null);
        if (measure instanceof Measure.Field field) {
            columns.add(field.column());
        } else if (measure instanceof Measure.DaysBetween days) {
            columns.add(days.from());
            columns.add(days.to());
        }
    }

    /** The compiled leaves of one evaluation and the single scan that fills them. */
    private static final class Pass {
        private final IssueTable table;
        private final TimeBins timeBins;
        private final Batch batch;
        private final Map<Filter, SharedSelection> selections = new HashMap<>();
        private final Map<Metric, Leaf> leaves = new HashMap<>();
        private final List<Leaf> order = new ArrayList<>();
        private final CodeColumn groupColumn;
        private final int[] groupCodes;
        private final int groupCount;
        private final SharedSelection universe;
        private final boolean[] seen;

        Pass(IssueTable table, TimeBins timeBins, Dimension dimension) {
            this.table = table;
            this.timeBins = timeBins;
            this.batch = new Batch(table, timeBins);
            if (dimension instanceof Dimension.By by) {
                groupColumn = table.codes(by.column());
                groupCodes = batch.ints(by.column());
                groupCount = groupColumn.cardinality();
                universe = selection(by.universe());
                seen = new boolean[groupCount];
            } else {
                groupColumn = null;
                groupCodes = null;
                groupCount = 1;
                universe = null;
                seen = new boolean[] {true};
            }
        }

        private SharedSelection selection(Filter filter) {
            SharedSelection existing = selections.get(filter);
            if (existing == null) {
                existing = new SharedSelection(Selector.compile(filter, table, batch, this::selection), batch);
                selections.put(filter, existing);
            }
            return existing;
        }

        void plan(Metric metric) {
            if (metric instanceof Metric.Aggregate || metric instanceof Metric.FirstSeen
                    || metric instanceof Metric.Lapsed) {
                if (!leaves.containsKey(metric)) {
                    Leaf leaf = leaf(metric);
                    leaves.put(metric, leaf);
                    order.add(leaf);
                }
            } else if (metric instanceof Metric.Ratio ratio) {
                plan(ratio.numerator());
                plan(ratio.denominator());
            } else if (metric instanceof Metric.Arithmetic arithmetic) {
                plan(arithmetic.left());
                plan(arithmetic.right());
            } else if (metric instanceof Metric.Previous previous) {
                plan(previous.metric());
            } else if (metric instanceof Metric.Growth growth) {
                plan(growth.metric());
            }
        }

        private Leaf leaf(Metric metric) {
            int bins = timeBins.binCount();
            if (metric instanceof Metric.FirstSeen firstSeen) {
                requireType(firstSeen.date(), FieldType.DATE);
                table.dates(firstSeen.date());
                return new FirstSeenLeaf(firstSeen, selection(firstSeen.filter()), groupCodes, groupCount, timeBins,
                        batch.ints(firstSeen.date()), batch.ints(firstSeen.key()),
                        table.codes(firstSeen.key()).cardinality());
            }
            if (metric instanceof Metric.Lapsed lapsed) {
                requireType(lapsed.date(), FieldType.DATE);
                table.dates(lapsed.date());
                return new LapsedLeaf(selection(lapsed.filter()), groupCodes, groupCount, timeBins,
                        batch.bins(lapsed.date()), batch.ints(lapsed.key()), table.codes(lapsed.key()).cardinality());
            }
            Metric.Aggregate aggregate = (Metric.Aggregate) metric;
            int[] binOfRow = aggregate.when().dateColumn().map(this::dateBins).orElse(null);
            AggregateLeaf.MeasureInput measure = measure(aggregate.aggregation());
            int[] distinct = aggregate.aggregation() instanceof Aggregation.DistinctCount d ? codes(d.column()) : null;
            return new AggregateLeaf(aggregate, selection(aggregate.filter()), groupCodes, groupCount, bins,
                    binOfRow, measure, distinct, batch);
        }

        private int[] dateBins(Column date) {
            requireType(date, FieldType.DATE);
            table.dates(date);
            return batch.bins(date);
        }

        private int[] codes(Column column) {
            table.codes(column);
            return batch.ints(column);
        }

        private AggregateLeaf.MeasureInput measure(Aggregation aggregation) {
            Measure measure = aggregation.measured().orElse(null);
            if (measure instanceof Measure.Field field) {
                NumberColumn column = table.numbers(field.column());
                return new AggregateLeaf.MeasureInput(column, null, null, column.scale());
            }
            if (measure instanceof Measure.DaysBetween days) {
                table.dates(days.from());
                table.dates(days.to());
                return new AggregateLeaf.MeasureInput(null, batch.ints(days.from()), batch.ints(days.to()), 0);
            }
            return null;
        }

        private static void requireType(Column column, FieldType type) {
            if (column.type() != type) {
                throw new IllegalArgumentException(column.id() + " is not a " + type + " column");
            }
        }

        void run() {
            int size = table.size();
            for (int from = 0; from < size; from += Batch.SIZE) {
                int to = Math.min(size, from + Batch.SIZE);
                batch.load(from, to);
                if (universe != null) {
                    int n = universe.select();
                    int[] rows = universe.rows;
                    for (int i = 0; i < n; i++) {
                        seen[groupCodes[rows[i]]] = true;
                    }
                }
                for (Leaf leaf : order) {
                    int n = leaf.selection.select();
                    leaf.accumulate(leaf.selection.rows, n);
                }
            }
            order.forEach(Leaf::finish);
        }

        /** Group codes seen in the universe, by name, the empty group (no value) last. */
        List<Integer> groupCodes() {
            List<Integer> codes = new ArrayList<>();
            for (int code = 0; code < groupCount; code++) {
                if (seen[code]) {
                    codes.add(code);
                }
            }
            codes.sort(Comparator.comparing((Integer code) -> code == 0 && groupColumn != null)
                    .thenComparing(this::groupName));
            return codes;
        }

        String groupName(int code) {
            return groupColumn == null ? "" : groupColumn.value(code);
        }

        Value value(Metric metric, int group, String groupName, int slot, Inputs inputs) {
            if (metric instanceof Metric.Aggregate || metric instanceof Metric.FirstSeen
                    || metric instanceof Metric.Lapsed) {
                return leaves.get(metric).value(group, slot);
            }
            if (metric instanceof Metric.Ratio r) {
                return divide(value(r.numerator(), group, groupName, slot, inputs),
                        value(r.denominator(), group, groupName, slot, inputs), r.unit());
            }
            if (metric instanceof Metric.Arithmetic a) {
                return combine(a, value(a.left(), group, groupName, slot, inputs),
                        value(a.right(), group, groupName, slot, inputs));
            }
            if (metric instanceof Metric.Previous p) {
                return slot == 0 ? Value.absent(AbsentReason.NO_PREVIOUS_VALUE)
                        : value(p.metric(), group, groupName, slot - 1, inputs);
            }
            if (metric instanceof Metric.Growth g) {
                Value previous = slot == 0 ? Value.absent(AbsentReason.NO_PREVIOUS_VALUE)
                        : value(g.metric(), group, groupName, slot - 1, inputs);
                return growth(value(g.metric(), group, groupName, slot, inputs), previous);
            }
            if (metric instanceof Metric.Input i) {
                return inputs.value(i.name(), timeBins.slot(slot), groupName)
                        .map(v -> Value.of(v, i.unit())).orElse(Value.absent(AbsentReason.NO_TARGET));
            }
            if (metric instanceof Metric.PeriodDays) {
                return Value.of(timeBins.slot(slot).days(), Unit.DAYS);
            }
            if (metric instanceof Metric.Constant c) {
                return Value.of(c.value(), c.unit());
            }
            return Value.absent(((Metric.Unavailable) metric).reason());
        }

        private static Value divide(Value numerator, Value denominator, Unit unit) {
            if (numerator instanceof Value.Absent) {
                return numerator;
            }
            if (denominator instanceof Value.Absent) {
                return denominator;
            }
            BigDecimal d = ((Value.Present) denominator).number();
            if (d.signum() == 0) {
                return Value.absent(AbsentReason.ZERO_DENOMINATOR);
            }
            return Value.of(((Value.Present) numerator).number().divide(d, AggregateLeaf.DIVISION), unit);
        }

        private static Value growth(Value current, Value previous) {
            if (previous instanceof Value.Absent || ((Value.Present) previous).number().signum() == 0) {
                return Value.absent(AbsentReason.NO_PREVIOUS_VALUE);
            }
            if (current instanceof Value.Absent) {
                return current;
            }
            BigDecimal before = ((Value.Present) previous).number();
            BigDecimal now = ((Value.Present) current).number();
            return Value.of(now.subtract(before).divide(before, AggregateLeaf.DIVISION), Unit.RATIO);
        }

        private static Value combine(Metric.Arithmetic arithmetic, Value left, Value right) {
            if (left instanceof Value.Absent) {
                return left;
            }
            if (right instanceof Value.Absent) {
                return right;
            }
            BigDecimal a = ((Value.Present) left).number();
            BigDecimal b = ((Value.Present) right).number();
            BigDecimal result = switch (arithmetic.operator()) {
                case PLUS -> a.add(b);
                case MINUS -> a.subtract(b);
                case TIMES -> a.multiply(b, AggregateLeaf.DIVISION);
            };
            return Value.of(result, arithmetic.unit());
        }
    }
}
