package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * Evaluates metrics over an issue table in one pass: every metric asked together, in whatever
 * grouping, shares the decoded columns, the time bins and each distinct filter, however many
 * KPIs use them.
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
        return evaluate(table, calendar, metrics.stream().map(m -> new Request(m, dimension)).toList(), periods,
                inputs);
    }

    /**
     * Metrics each with its own grouping, all in one pass over the table: an ungrouped chart and a
     * per-rep table of the same KPIs decode, bin and filter every row once.
     *
     * @param periods consecutive periods (each starting where the one before ends), e.g. buckets
     * @return one grid per request, in the order asked
     */
    public static List<Grid> evaluate(IssueTable table, SalesCalendar calendar, List<Request> requests,
            List<Period> periods, Inputs inputs) {
        return evaluate(table, calendar, requests, periods, inputs, period -> Optional.of(Comparison.whole(calendar,
                period)));
    }

    /** What the grids of a table depend on besides the table, when no input is asked. */
    private record Computed(SalesCalendar calendar, List<Request> requests, List<Period> periods,
            List<Optional<Comparison>> comparisons) {
    }

    /**
     * Metrics each with its own grouping, in one pass, with figures that look back (previous, growth,
     * lapsed) comparing the spans {@code comparisons} gives for each period: a period compared over
     * other spans than itself and the period before it in {@code periods} is computed again on its
     * own for those figures. An empty comparison means the period before it in {@code periods}.
     *
     * @param periods consecutive periods (each starting where the one before ends), e.g. buckets
     * @return one grid per request, in the order asked
     */
    public static List<Grid> evaluate(IssueTable table, SalesCalendar calendar, List<Request> requests,
            List<Period> periods, Inputs inputs, Function<Period, Optional<Comparison>> comparisons) {
        // The grids are a function of the table and these values alone, unless the inputs were asked: a table a
        // host shares between requests (the same issues, as the same viewer sees them) is computed on once.
        List<Optional<Comparison>> compared = new ArrayList<>();
        periods.forEach(period -> compared.add(comparisons.apply(period)));
        Computed key = new Computed(calendar, List.copyOf(requests), List.copyOf(periods), compared);
        // The pass this call ran with its own inputs, if it ran one (a refresh may also run it on another thread, and
        // the answer handed back may then be the state before, computed with other inputs).
        AtomicReference<Object> ranHere = new AtomicReference<>();
        Object known = table.remembered(key, () -> {
            IssueTable.Outcome outcome = computed(table, calendar, requests, periods, inputs, comparisons,
                    Optional.empty());
            ranHere.set(outcome.value());
            return outcome;
        });
        // A pass that asked inputs is kept with the answers it got (ADR 0053): the same answers to its questions find
        // its grids; other answers, the grids kept under them, else a new pass.
        if (known instanceof Answered last && known == ranHere.get()) {
            return last.grids();
        }
        if (known instanceof Answered last) {
            Map<Question, Optional<BigDecimal>> now = last.askedOf(inputs);
            if (now.equals(last.answers())) {
                return last.grids();
            }
            known = table.remembered(new AnsweredKey(key, now), () -> computed(table, calendar, requests, periods,
                    inputs, comparisons, Optional.of(now)));
            if (known instanceof Answered other) {
                return other.grids();
            }
        }
        @SuppressWarnings("unchecked")
        List<Grid> grids = (List<Grid>) known;
        return grids;
    }

    /**
     * One pass: its grids when it asked no input; else its grids with the answers it got, kept when its inputs are a
     * function of the questions and, under a key of {@code expected} answers, when it got exactly those.
     */
    private static IssueTable.Outcome computed(IssueTable table, SalesCalendar calendar, List<Request> requests,
            List<Period> periods, Inputs inputs, Function<Period, Optional<Comparison>> comparisons,
            Optional<Map<Question, Optional<BigDecimal>>> expected) {
        AtomicBoolean asked = new AtomicBoolean();
        Answers answers = new Answers();
        List<Grid> grids = List.copyOf(pass(table, calendar, requests, periods, (name, period, group) -> {
            asked.set(true);
            return answers.record(new Question(name, period, group), inputs.value(name, period, group));
        }, comparisons));
        if (!asked.get()) {
            return new IssueTable.Outcome(grids, true);
        }
        Map<Question, Optional<BigDecimal>> got = answers.answers();
        boolean pure = answers.consistent() && expected.map(got::equals).orElse(true);
        return new IssueTable.Outcome(new Answered(got, grids), pure);
    }

    /** Under this key a table keeps the pass of {@code computed} whose inputs gave exactly {@code answers}. */
    private record AnsweredKey(Computed computed, Map<Question, Optional<BigDecimal>> answers) {
    }

    /** One question a pass asked its inputs. */
    private record Question(String name, Period period, String group) {
    }

    /**
     * A pass's grids and the questions it asked its inputs, in order, with their answers. The grids are a function of
     * the table, the key and these answers: each question a pass asks depends on the answers before it, so inputs that
     * answer every question the same lead the pass through the same questions to the same grids.
     */
    private record Answered(Map<Question, Optional<BigDecimal>> answers, List<Grid> grids) {
        /** The same questions as {@code inputs} answer them now. */
        Map<Question, Optional<BigDecimal>> askedOf(Inputs inputs) {
            Map<Question, Optional<BigDecimal>> now = new LinkedHashMap<>();
            for (Question question : answers.keySet()) {
                now.put(question, inputs.value(question.name(), question.period(), question.group()));
            }
            return Collections.unmodifiableMap(now);
        }
    }

    /** The questions a pass asks its inputs, with their first answers, while it runs. */
    private static final class Answers {
        private final Map<Question, Optional<BigDecimal>> answers = new LinkedHashMap<>();
        private boolean consistent = true;

        synchronized Optional<BigDecimal> record(Question question, Optional<BigDecimal> answer) {
            Optional<BigDecimal> first = answers.putIfAbsent(question, answer);
            if (first != null && !first.equals(answer)) {
                // Inputs that answer one question two ways are not a function of it: such a pass is not kept.
                consistent = false;
            }
            return answer;
        }

        synchronized boolean consistent() {
            return consistent;
        }

        synchronized Map<Question, Optional<BigDecimal>> answers() {
            return Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    private static List<Grid> pass(IssueTable table, SalesCalendar calendar, List<Request> requests,
            List<Period> periods, Inputs inputs, Function<Period, Optional<Comparison>> comparisons) {
        if (!table.zone().equals(calendar.zone())) {
            throw new IllegalArgumentException("the table's dates are local to " + table.zone()
                    + " but the calendar is in " + calendar.zone());
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        Period first = periods.get(0);
        Period before = comparisons.apply(first).map(Comparison::previous).orElse(calendar.previous(first));
        Pass pass = run(table, requests, new TimeBins(periods, before), true);
        List<Grid> grids;
        try {
            grids = grids(pass, table, requests, periods, before, inputs, comparisons);
        } catch (RuntimeException | Error e) {
            try {
                pass.awaitPastStates();
            } catch (RuntimeException | Error companion) {
                e.addSuppressed(companion);
            }
            throw e;
        }
        // The past states a companion thread builds are this evaluation's: none outlives it.
        pass.awaitPastStates();
        return grids;
    }

    private static List<Grid> grids(Pass pass, IssueTable table, List<Request> requests, List<Period> periods,
            Period before, Inputs inputs, Function<Period, Optional<Comparison>> comparisons) {
        Map<Integer, Pass> alone = passesWhereTheComparisonIsNotTheSlotBefore(table, requests, periods, before,
                comparisons);
        Map<Dimension, List<String>> groups = new HashMap<>();
        List<Grid> grids = new ArrayList<>();
        for (Request request : requests) {
            List<String> names = groups.computeIfAbsent(request.dimension(),
                    dimension -> groups(dimension, pass, requests, alone, periods.size()));
            boolean looksBack = looksBack(request.metric());
            Value[][] grid = new Value[names.size()][periods.size()];
            for (int g = 0; g < names.size(); g++) {
                for (int p = 0; p < periods.size(); p++) {
                    Pass own = looksBack ? alone.get(p) : null;
                    grid[g][p] = own != null ? own.value(request, names.get(g), 0, inputs)
                            : pass.value(request, names.get(g), p, inputs);
                }
            }
            grids.add(new Grid(request.metric().unit(), names, periods, grid));
        }
        return grids;
    }

    /** @param ahead whether past states are built beside the scan (the main pass, whose end awaits them) */
    private static Pass run(IssueTable table, List<Request> requests, TimeBins timeBins, boolean ahead) {
        Pass pass = new Pass(table, timeBins);
        for (Request request : requests) {
            pass.plan(request.metric(), request.dimension());
        }
        if (ahead) {
            pass.runWithPastStatesAhead();
        } else {
            pass.run();
        }
        return pass;
    }

    /**
     * The groups of a dimension, the same for every request grouped by it (a KPI's figures line up). By a
     * column's values: the values held in every state the requests read, today's and each as-of instant's,
     * in {@link Grouping#ORDER}. Steps are every step; ungrouped, the one group.
     */
    private static List<String> groups(Dimension dimension, Pass pass, List<Request> requests, Map<Integer, Pass> alone,
            int periods) {
        if (!(dimension instanceof Dimension.By)) {
            return pass.grouping(dimension).seenNames();
        }
        Set<String> names = new TreeSet<>(Grouping.ORDER);
        for (int p = 0; p < periods; p++) {
            // Period by period, so that past states are read in time order (each made from the one before).
            for (Request request : requests) {
                if (!request.dimension().equals(dimension)) {
                    continue;
                }
                // The groups of the states whose figures are shown: a period's own pass where it has one.
                Pass own = looksBack(request.metric()) ? alone.get(p) : null;
                if (own != null) {
                    own.groupsRead(request, 0, names);
                } else {
                    pass.groupsRead(request, p, names);
                }
            }
        }
        return List.copyOf(names);
    }

    /** A metric and the grouping it is wanted in. */
    public record Request(Metric metric, Dimension dimension) {
        public Request {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(dimension, "dimension");
        }
    }

    /**
     * The engine compares each period with the slot before it. Where the comparison wants other spans
     * (a bucket clipped to the range, a period still running), figures that look back (growth,
     * previous, lapsed) are computed again for that period on its own, over those spans: one pass per
     * such period, by its index.
     */
    private static Map<Integer, Pass> passesWhereTheComparisonIsNotTheSlotBefore(IssueTable table,
            List<Request> requests, List<Period> periods, Period before,
            Function<Period, Optional<Comparison>> comparisons) {
        List<Request> lookingBack = requests.stream().filter(request -> looksBack(request.metric())).toList();
        Map<Integer, Pass> alone = new HashMap<>();
        if (lookingBack.isEmpty()) {
            return alone;
        }
        for (int p = 0; p < periods.size(); p++) {
            Optional<Comparison> wanted = comparisons.apply(periods.get(p));
            Period slotBefore = p == 0 ? before : periods.get(p - 1);
            if (wanted.isEmpty() || wanted.get().equals(new Comparison(periods.get(p), slotBefore))) {
                continue;
            }
            Comparison comparison = wanted.get();
            alone.put(p, run(table, lookingBack, new TimeBins(List.of(comparison.current()), comparison.previous()),
                    false));
        }
        return alone;
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
        if (metric instanceof Metric.AsOf asOf) {
            return looksBack(asOf.metric());
        }
        if (Pass.isHistoryPart(metric)) {
            return false;
        }
        if (metric instanceof Metric.Positive positive) {
            return looksBack(positive.metric());
        }
        if (metric instanceof Metric.Aggregate || metric instanceof Metric.FirstSeen || metric instanceof Metric.Input
                || metric instanceof Metric.Constant || metric instanceof Metric.PeriodDays
                || metric instanceof Metric.Unavailable) {
            return false;
        }
        throw new IllegalStateException("unknown metric " + metric.getClass().getName());
    }

    /** The columns a table must hold to evaluate these metrics grouped by {@code dimension}. */
    public static Set<Column> columns(List<Metric> metrics, Dimension dimension) {
        Set<Column> columns = new LinkedHashSet<>();
        metrics.forEach(metric -> collect(metric, columns));
        if (dimension instanceof Dimension.By by) {
            columns.add(by.column());
            collect(by.universe(), columns);
        } else if (dimension instanceof Dimension.Steps steps) {
            columns.add(steps.column());
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
        } else if (Pass.isHistoryPart(metric)) {
            collect(HistoryColumns.filterOf(metric), columns);
            columns.addAll(HistoryColumns.of(metric));
        } else if (metric instanceof Metric.Positive positive) {
            collect(positive.metric(), columns);
        } else if (metric instanceof Metric.AsOf asOf) {
            collect(asOf.metric(), columns);
            if (!(asOf.point() instanceof AsOfPoint.Now)) {
                // The past state derives these from the columns it rebuilds.
                columns.addAll(pastStateColumns(columns));
            }
        } else if (!(metric instanceof Metric.Input || metric instanceof Metric.Constant
                || metric instanceof Metric.PeriodDays || metric instanceof Metric.Unavailable)) {
            throw new IllegalStateException("cannot list the columns of metric " + metric.getClass().getName());
        }
    }

    /**
     * The columns whose changes a host must load (its {@code IssueQuery.history()}) for these metrics:
     * every column a figure reads as of a past instant, except those fixed at creation (key, created)
     * and those the past state derives (updated, resolved, status category), whose sources are added
     * instead. Empty when no figure needs the past.
     */
    public static Set<Column> historyColumns(List<Metric> metrics) {
        Set<Column> history = new LinkedHashSet<>();
        metrics.forEach(metric -> collectHistory(metric, history));
        return history;
    }

    /**
     * The same for metrics grouped by {@code dimension}: a figure of a past state is grouped by the
     * values of that state (the rep or status then), so the grouping's columns join when any does.
     */
    public static Set<Column> historyColumns(List<Metric> metrics, Dimension dimension) {
        Set<Column> history = historyColumns(metrics);
        if (!(dimension instanceof Dimension.None) && metrics.stream().anyMatch(MetricEngine::readsThePast)) {
            Set<Column> read = columns(List.of(), dimension);
            read.addAll(pastStateColumns(read));
            read.removeAll(DERIVED_OR_FIXED);
            history.addAll(read);
        }
        return history;
    }

    private static boolean readsThePast(Metric metric) {
        Set<Column> history = new LinkedHashSet<>();
        collectHistory(metric, history);
        return !history.isEmpty() || metric instanceof Metric.AsOf a && !(a.point() instanceof AsOfPoint.Now);
    }

    private static void collectHistory(Metric metric, Set<Column> history) {
        if (metric instanceof Metric.AsOf asOf) {
            if (asOf.point() instanceof AsOfPoint.Now) {
                collectHistory(asOf.metric(), history);
                return;
            }
            Set<Column> read = columns(List.of(asOf.metric()), Dimension.none());
            read.addAll(pastStateColumns(read));
            read.removeAll(DERIVED_OR_FIXED);
            history.addAll(read);
        } else if (metric instanceof Metric.Ratio ratio) {
            collectHistory(ratio.numerator(), history);
            collectHistory(ratio.denominator(), history);
        } else if (metric instanceof Metric.Arithmetic arithmetic) {
            collectHistory(arithmetic.left(), history);
            collectHistory(arithmetic.right(), history);
        } else if (metric instanceof Metric.Previous previous) {
            collectHistory(previous.metric(), history);
        } else if (metric instanceof Metric.Growth growth) {
            collectHistory(growth.metric(), history);
        } else if (Pass.isHistoryPart(metric)) {
            history.addAll(HistoryColumns.of(metric));
        } else if (metric instanceof Metric.Positive positive) {
            collectHistory(positive.metric(), history);
        }
    }

    /** Columns an as-of table never rebuilds from changes: fixed at creation, or derived from others. */
    private static final Set<Column> DERIVED_OR_FIXED = Set.of(Column.KEY, Column.CREATED, Column.UPDATED,
            Column.RESOLVED, Column.STATUS_CATEGORY);

    /** The sources of the derived columns: the resolution date follows the resolution, a category its status. */
    private static Set<Column> pastStateColumns(Set<Column> read) {
        Set<Column> sources = new LinkedHashSet<>();
        if (read.contains(Column.RESOLVED)) {
            sources.add(Column.RESOLUTION);
        }
        if (read.contains(Column.STATUS_CATEGORY)) {
            sources.add(Column.STATUS);
        }
        return sources;
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
        } else if (!(filter instanceof Filter.All)) {
            throw new IllegalStateException("cannot list the columns of filter " + filter.getClass().getName());
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
        } else if (measure instanceof Measure.Weighted weighted) {
            columns.add(weighted.amount());
            weighted.probability().ifPresent(columns::add);
            columns.add(weighted.status());
        } else if (measure != null) {
            throw new IllegalStateException("cannot list the columns of measure " + measure.getClass().getName());
        }
    }
}
