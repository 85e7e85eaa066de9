package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.saleskpi.core.issue.AsOfCursor;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;
import org.saleskpi.core.metric.MetricEngine.Request;

/**
 * The compiled leaves of one evaluation and the single scan that fills them: every leaf of every
 * request, whatever its grouping, shares the decoded columns, time bins and filter selections.
 */
final class Pass {
    private final IssueTable table;
    private final TimeBins timeBins;
    private final Batch batch;
    private final Map<Filter, SharedSelection> selections = new HashMap<>();
    private final Map<Dimension, Grouping> groupings = new LinkedHashMap<>();
    private final Map<Request, Leaf> leaves = new HashMap<>();
    private final List<Leaf> order = new ArrayList<>();
    /** What {@link Metric.AsOf} figures compute on past states, and the pass over each state read so far. */
    private final List<Request> asOfRequests = new ArrayList<>();
    /** The points those figures read, whose states a companion thread builds while this pass scans. */
    private final Set<AsOfPoint> asOfPoints = new LinkedHashSet<>();
    private final Map<Instant, Pass> pastStates = new HashMap<>();
    /** Past states in slot order, each made from the previous one (bucket ends ascend). */
    private AsOfCursor pastCursor;
    /**
     * The companion thread's work, while it runs: until it is awaited, only that thread touches
     * {@link #pastStates} and {@link #pastCursor}.
     */
    private FutureTask<Void> pastAhead;

    Pass(IssueTable table, TimeBins timeBins) {
        this.table = table;
        this.timeBins = timeBins;
        this.batch = new Batch(table, timeBins);
    }

    Grouping grouping(Dimension dimension) {
        Grouping grouping = groupings.get(dimension);
        if (grouping == null) {
            if (dimension instanceof Dimension.By by) {
                ChangeTable past = table.history().filter(h -> h.limit().isPresent()).orElse(null);
                grouping = Grouping.of(table.codes(by.column()), batch.ints(by.column()), selection(by.universe()),
                        batch, past);
            } else if (dimension instanceof Dimension.Steps steps) {
                grouping = Grouping.steps(steps, table.codes(steps.column()), batch.ints(steps.column()), batch);
            } else {
                grouping = Grouping.none();
            }
            groupings.put(dimension, grouping);
        }
        return grouping;
    }

    private SharedSelection selection(Filter filter) {
        SharedSelection existing = selections.get(filter);
        if (existing == null) {
            existing = new SharedSelection(Selector.compile(filter, table, batch, this::selection), batch);
            selections.put(filter, existing);
        }
        return existing;
    }

    /** Adds the leaves a metric needs, grouped by {@code dimension}; equal leaves are planned once. */
    void plan(Metric metric, Dimension dimension) {
        if (isHistoryPart(metric)) {
            Request key = new Request(metric, dimension);
            if (!leaves.containsKey(key)) {
                leaves.put(key, new HistoryLeaf.View(historyLeaf(metric, dimension), metric));
            }
        } else if (isLeaf(metric)) {
            Request key = new Request(metric, dimension);
            if (!leaves.containsKey(key)) {
                Leaf leaf = leaf(metric, grouping(dimension));
                leaves.put(key, leaf);
                order.add(leaf);
            }
        } else if (metric instanceof Metric.Ratio ratio) {
            plan(ratio.numerator(), dimension);
            plan(ratio.denominator(), dimension);
        } else if (metric instanceof Metric.Arithmetic arithmetic) {
            plan(arithmetic.left(), dimension);
            plan(arithmetic.right(), dimension);
        } else if (metric instanceof Metric.Previous previous) {
            plan(previous.metric(), dimension);
        } else if (metric instanceof Metric.Growth growth) {
            plan(growth.metric(), dimension);
        } else if (metric instanceof Metric.AsOf asOf) {
            planAsOf(asOf, dimension);
        } else if (metric instanceof Metric.Positive positive) {
            plan(positive.metric(), dimension);
        } else if (!isKnownWithoutLeaves(metric)) {
            throw new IllegalStateException("cannot plan metric " + metric.getClass().getName());
        }
    }

    /** Now is this table's own state; other points are read from a pass over the past state, built when asked. */
    private void planAsOf(Metric.AsOf asOf, Dimension dimension) {
        if (asOf.point() instanceof AsOfPoint.Now) {
            plan(asOf.metric(), dimension);
        } else {
            // Observed here too: without history the figure is absent in this state's groups.
            grouping(dimension);
            asOfRequests.add(new Request(asOf.metric(), dimension));
            asOfPoints.add(asOf.point());
        }
    }

    /** Inputs, constants, period lengths and unavailable figures are answered without reading issues. */
    private static boolean isKnownWithoutLeaves(Metric metric) {
        return metric instanceof Metric.Input || metric instanceof Metric.Constant
                || metric instanceof Metric.PeriodDays || metric instanceof Metric.Unavailable;
    }

    private static boolean isLeaf(Metric metric) {
        return metric instanceof Metric.Aggregate || metric instanceof Metric.FirstSeen
                || metric instanceof Metric.Lapsed || isHistoryPart(metric);
    }

    // History parts (rows 11 to 15): one replay per part and grouping, whatever figures read it.

    private final Map<Request, HistoryLeaf> replays = new HashMap<>();

    static boolean isHistoryPart(Metric metric) {
        return metric instanceof Metric.Visits || metric instanceof Metric.Reach || metric instanceof Metric.Pushes
                || metric instanceof Metric.Movement;
    }

    private HistoryLeaf historyLeaf(Metric metric, Dimension dimension) {
        Request key = new Request(replayed(metric), dimension);
        HistoryLeaf leaf = replays.get(key);
        if (leaf == null) {
            Grouping grouping = grouping(dimension);
            int[] groupCodes = grouping.codes;
            int groupCount = grouping.count;
            if (metric instanceof Metric.Visits visits) {
                leaf = new VisitsLeaf(visits, selection(visits.filter()), groupCodes, groupCount, timeBins, table, batch,
                        dimension);
            } else if (metric instanceof Metric.Reach reach) {
                leaf = new ReachLeaf(reach, selection(reach.filter()), groupCodes, groupCount, timeBins, table, batch,
                        dimension);
            } else if (metric instanceof Metric.Pushes pushes) {
                leaf = new PushesLeaf(pushes, selection(pushes.filter()), groupCodes, groupCount, timeBins, table, batch);
            } else {
                Metric.Movement movement = (Metric.Movement) metric;
                leaf = new MovementLeaf(movement, selection(movement.filter()), groupCodes, groupCount, timeBins, table,
                        batch);
            }
            replays.put(key, leaf);
            order.add(leaf);
        }
        return leaf;
    }

    /** The part with its figure left out: figures of one part share its replay. */
    private static Metric replayed(Metric metric) {
        if (metric instanceof Metric.Visits v) {
            return new Metric.Visits(v.filter(), v.column(), v.values(), v.scope(), Statistic.count());
        }
        if (metric instanceof Metric.Reach r) {
            return new Metric.Reach(r.filter(), r.column(), r.cohort(), r.strict(), Metric.ReachFigure.REACHED);
        }
        if (metric instanceof Metric.Pushes p) {
            return new Metric.Pushes(p.filter(), p.open(), p.date(), Metric.PushFigure.PUSHES);
        }
        Metric.Movement m = (Metric.Movement) metric;
        return new Metric.Movement(m.filter(), m.open(), m.won(), m.lost(), m.amount(),
                Metric.MovementPart.OPEN_AT_START);
    }

    private Leaf leaf(Metric metric, Grouping grouping) {
        int[] groupCodes = grouping.codes;
        int groupCount = grouping.count;
        int bins = timeBins.binCount();
        if (metric instanceof Metric.FirstSeen firstSeen) {
            table.dates(firstSeen.date());
            return new FirstSeenLeaf(firstSeen, selection(firstSeen.filter()), groupCodes, groupCount, timeBins,
                    batch.ints(firstSeen.date()), batch.ints(firstSeen.key()),
                    table.codes(firstSeen.key()).cardinality());
        }
        if (metric instanceof Metric.Lapsed lapsed) {
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
        if (measure instanceof Measure.Weighted weighted) {
            WeightedAmount amounts = new WeightedAmount(table, weighted);
            return new AggregateLeaf.MeasureInput(null, null, null, amounts.scale(), amounts);
        }
        if (measure == null) {
            return null;
        }
        throw new IllegalStateException("cannot read measure " + measure.getClass().getName());
    }

    /** {@link #run}, with the past states the as-of figures read built meanwhile on a companion thread. */
    void runWithPastStatesAhead() {
        startPastStatesAhead();
        run();
    }

    void run() {
        int size = table.size();
        for (int from = 0; from < size; from += Batch.SIZE) {
            int to = Math.min(size, from + Batch.SIZE);
            batch.load(from, to);
            groupings.values().forEach(Grouping::observe);
            for (Leaf leaf : order) {
                int n = leaf.selection.select();
                leaf.accumulate(leaf.selection.rows, n);
            }
        }
        order.forEach(Leaf::finish);
    }

    /** The value of a planned request for a named group (one {@link #groupsRead} gave) in asked period. */
    Value value(Request request, String group, int period, Inputs inputs) {
        Dimension dimension = request.dimension();
        return value(request.metric(), dimension, grouping(dimension).codeOf(group), group, timeBins.slotOf(period),
                inputs);
    }

    /**
     * Adds the names of the groups a planned request's figures read in asked period {@code period}: the
     * groups seen in each state they read, this table's for figures on it and a past state's for figures as
     * of an instant (KPI-DEFINITIONS.md, "As-of evaluation": the issues' states as they were). So a rep who
     * owned deals only at t, or a status held only then, is a group of a figure as of t.
     */
    void groupsRead(Request request, int period, Set<String> into) {
        groupsRead(request.metric(), request.dimension(), timeBins.slotOf(period), into);
    }

    private void groupsRead(Metric metric, Dimension dimension, int slot, Set<String> into) {
        if (isLeaf(metric)) {
            into.addAll(grouping(dimension).seenNames());
        } else if (metric instanceof Metric.Ratio r) {
            groupsRead(r.numerator(), dimension, slot, into);
            groupsRead(r.denominator(), dimension, slot, into);
        } else if (metric instanceof Metric.Arithmetic a) {
            groupsRead(a.left(), dimension, slot, into);
            groupsRead(a.right(), dimension, slot, into);
        } else if (metric instanceof Metric.Previous p) {
            int before = timeBins.previousSlot(slot);
            if (before >= 0) {
                groupsRead(p.metric(), dimension, before, into);
            }
        } else if (metric instanceof Metric.Growth g) {
            groupsRead(g.metric(), dimension, slot, into);
            int before = timeBins.previousSlot(slot);
            if (before >= 0) {
                groupsRead(g.metric(), dimension, before, into);
            }
        } else if (metric instanceof Metric.AsOf a) {
            Optional<Instant> instant = a.point().instant(timeBins.slot(slot), table.zone());
            if (instant.isEmpty()) {
                groupsRead(a.metric(), dimension, slot, into);
            } else if (!hasHistory()) {
                into.addAll(grouping(dimension).seenNames()); // absent, "no history", in this state's groups
            } else {
                past(instant.get()).groupsRead(a.metric(), dimension, slot, into);
            }
        } else if (metric instanceof Metric.Positive p) {
            groupsRead(p.metric(), dimension, slot, into);
        } else if (!isKnownWithoutLeaves(metric)) {
            throw new IllegalStateException("cannot read the groups of metric " + metric.getClass().getName());
        }
    }

    /** The value of a planned metric for one group code of {@code dimension} in one slot. */
    private Value value(Metric metric, Dimension dimension, int group, String groupName, int slot, Inputs inputs) {
        if (isLeaf(metric)) {
            return leaves.get(new Request(metric, dimension)).value(group, slot);
        }
        if (metric instanceof Metric.Ratio r) {
            return divide(value(r.numerator(), dimension, group, groupName, slot, inputs),
                    value(r.denominator(), dimension, group, groupName, slot, inputs), r.unit());
        }
        if (metric instanceof Metric.Arithmetic a) {
            return combine(a, value(a.left(), dimension, group, groupName, slot, inputs),
                    value(a.right(), dimension, group, groupName, slot, inputs));
        }
        if (metric instanceof Metric.Previous p) {
            int before = timeBins.previousSlot(slot);
            return before < 0 ? Value.absent(AbsentReason.NO_PREVIOUS_VALUE)
                    : value(p.metric(), dimension, group, groupName, before, inputs);
        }
        if (metric instanceof Metric.Growth g) {
            int before = timeBins.previousSlot(slot);
            Value previous = before < 0 ? Value.absent(AbsentReason.NO_PREVIOUS_VALUE)
                    : value(g.metric(), dimension, group, groupName, before, inputs);
            return growth(value(g.metric(), dimension, group, groupName, slot, inputs), previous);
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
        if (metric instanceof Metric.Unavailable u) {
            return Value.absent(u.reason());
        }
        if (metric instanceof Metric.AsOf a) {
            return asOf(a, dimension, group, groupName, slot, inputs);
        }
        if (metric instanceof Metric.Positive p) {
            Value inner = value(p.metric(), dimension, group, groupName, slot, inputs);
            return inner instanceof Value.Present present && present.number().signum() <= 0
                    ? Value.absent(p.otherwise()) : inner;
        }
        throw new IllegalStateException("cannot evaluate metric " + metric.getClass().getName());
    }

    /**
     * The metric on the issues' state at the point's instant for the slot's period, computed by a pass
     * over the table's {@code asOf} (one per instant, shared by every as-of figure of this pass).
     */
    private Value asOf(Metric.AsOf asOf, Dimension dimension, int group, String groupName, int slot, Inputs inputs) {
        Optional<Instant> instant = asOf.point().instant(timeBins.slot(slot), table.zone());
        if (instant.isEmpty()) {
            return value(asOf.metric(), dimension, group, groupName, slot, inputs);
        }
        if (!hasHistory()) {
            return Value.absent(AbsentReason.NO_HISTORY);
        }
        Pass past = past(instant.get());
        // Groups are matched by name: a value this table does not hold has a code only in the past state.
        return past.value(asOf.metric(), dimension, past.grouping(dimension).codeOf(groupName), groupName, slot,
                inputs);
    }

    private boolean hasHistory() {
        return table.history().filter(history -> history.knownRows() > 0).isPresent();
    }

    /**
     * On a large table with history, the past states of the asked periods are built on a companion thread
     * while this thread scans today's state: the two share nothing they write (the as-of tables are tables
     * of their own, read only from there), and the figures wait for it ({@link #awaitPastStates}). One
     * thread per evaluation at most, for as long as it lasts (docs/adr/0039).
     */
    private void startPastStatesAhead() {
        if (asOfPoints.isEmpty() || table.size() < AHEAD_MIN_ROWS || !hasHistory()) {
            return;
        }
        SortedSet<Instant> instants = new TreeSet<>();
        for (AsOfPoint point : asOfPoints) {
            for (int slot = timeBins.slotOf(0); slot < timeBins.slotCount(); slot++) {
                point.instant(timeBins.slot(slot), table.zone()).ifPresent(instants::add);
            }
        }
        if (instants.isEmpty()) {
            return;
        }
        // Ascending, so each state is made from the one before.
        pastAhead = new FutureTask<>(() -> instants.forEach(this::pastState), null);
        Thread companion = new Thread(pastAhead, "saleskpi-past-states");
        companion.setDaemon(true);
        companion.start();
    }

    /** Rows from which building past states beside the scan gains more than a thread costs. */
    static final int AHEAD_MIN_ROWS = 20_000;

    /**
     * Waits for the companion thread's past states, if one runs; its failure is this evaluation's. Called
     * before any past state is read, and by the engine once the grids are made, so the thread never
     * outlives the evaluation.
     */
    void awaitPastStates() {
        FutureTask<Void> ahead = pastAhead;
        if (ahead == null) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    ahead.get();
                    break;
                } catch (InterruptedException e) {
                    // The companion ends by itself soon: wait it out, then say this thread was interrupted.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            pastAhead = null;
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("past states failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        pastAhead = null;
    }

    /** The pass over the state at {@code instant}, with every as-of figure of this pass planned, built once. */
    private Pass past(Instant instant) {
        awaitPastStates();
        return pastState(instant);
    }

    private Pass pastState(Instant instant) {
        return pastStates.computeIfAbsent(instant, at -> {
            if (pastCursor == null) {
                pastCursor = table.history().orElseThrow().asOfCursor();
            }
            Pass pass = new Pass(pastCursor.asOf(at), timeBins);
            asOfRequests.forEach(request -> pass.plan(request.metric(), request.dimension()));
            pass.run();
            return pass;
        });
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
