package org.saleskpi.core.gadget.line;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.saleskpi.core.drill.DrillDown;
import org.saleskpi.core.gadget.Additive;
import org.saleskpi.core.gadget.GadgetScope;
import org.saleskpi.core.gadget.TargetSource;
import org.saleskpi.core.gadget.Timeline;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.kpi.Figure;
import org.saleskpi.core.metric.AbsentReason;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Grid;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;
import org.saleskpi.core.validation.InvalidInputException;

/** Builds the line gadget's dataset: figures per bucket over a range, in one pass over the issues. */
public final class LineGadget {
    private final GadgetScope scope;

    public LineGadget(GadgetScope scope) {
        this.scope = scope;
    }

    /** The columns the host must load for these options. */
    public Set<Column> columns(LineOptions options) {
        return MetricEngine.columns(metrics(figures(options), options), dimension(options));
    }

    public LineDataset dataset(IssueTable table, LineOptions options, Inputs inputs) {
        SalesCalendar calendar = scope.model().calendar();
        List<Figure> figures = figures(options);
        List<Period> buckets = options.timeline().buckets(calendar);
        List<Comparison> comparisons = options.comparePrevious() ? comparisons(options, buckets) : List.of();
        List<Period> partners = comparisons.stream().map(Comparison::previous).toList();
        // The spans compared with, made one run of consecutive periods: the gap a bucket still running
        // leaves after its partner becomes a period of its own, read by no one.
        List<Period> previousRun = consecutive(partners);
        boolean oneRun = !previousRun.isEmpty()
                && previousRun.get(previousRun.size() - 1).end().equals(buckets.get(0).start());
        List<Period> periods = new ArrayList<>(oneRun ? previousRun : List.of());
        periods.addAll(buckets);
        Function<Period, Optional<Comparison>> bucketComparisons = bucketComparisons(options, buckets);
        List<Metric> metrics = metrics(figures, options);
        // After the figures (and the target), each rate's numerator and denominator, asked in the same pass.
        List<Optional<RateParts>> parts = figures.stream().map(figure -> RateParts.of(figure.metric())).toList();
        int partsAt = metrics.size();
        List<Metric> asked = new ArrayList<>(metrics);
        parts.forEach(rate -> rate.ifPresent(r -> asked.addAll(r.metrics())));
        List<Grid> grids = MetricEngine.evaluate(table, calendar, requests(asked, options), periods, inputs,
                bucketComparisons);
        // A previous range that overlaps the range (last 30 days by month) takes a pass of its own.
        List<Metric> previousAsked = new ArrayList<>(metrics.subList(0, figures.size()));
        int previousPartsAt = previousAsked.size();
        parts.forEach(rate -> rate.ifPresent(r -> previousAsked.addAll(r.metrics())));
        List<Grid> previousGrids = oneRun || previousRun.isEmpty() ? grids
                : MetricEngine.evaluate(table, calendar, requests(previousAsked, options),
                        previousRun, inputs, period -> Optional.empty());
        int previousPartsOffset = previousGrids == grids ? partsAt : previousPartsAt;

        int offset = oneRun ? previousRun.size() : 0;
        int n = buckets.size();
        List<LineDataset.Series> series = new ArrayList<>();
        int nextPart = 0;
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            Grid grid = grids.get(f);
            Optional<Integer> partIndex = parts.get(f).isPresent() ? Optional.of(nextPart) : Optional.empty();
            nextPart += parts.get(f).isPresent() ? 2 : 0;
            for (int g = 0; g < grid.groups().size(); g++) {
                List<Value> row = grid.row(g);
                Filter inGroup = DrillDown.group(dimension(options), grid.groups().get(g));
                List<Optional<String>> jql = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Period span = options.cumulative() ? new Period(buckets.get(0).start(), buckets.get(i).end())
                            : buckets.get(i);
                    jql.add(scope.drill().of(figure.metric(), span, inGroup));
                }
                int group = g;
                List<RateParts.Counts> actualParts = partIndex.map(p -> counts(grids.get(partsAt + p),
                        grids.get(partsAt + p + 1), group, offset, n)).orElse(List.of());
                series.add(line(figure.name(), grid.groups().get(g), LineDataset.Kind.ACTUAL, grid.unit(),
                        row.subList(offset, offset + n), options.cumulative(), jql, actualParts));
                if (options.comparePrevious()) {
                    List<Value> previousRow = previousGrids.get(f).row(g);
                    List<Value> previous = new ArrayList<>();
                    for (Period partner : partners) {
                        previous.add(previousRow.get(previousRun.indexOf(partner)));
                    }
                    // A shorter previous range (February before March, by day) has no value to compare with.
                    while (previous.size() < n) {
                        previous.add(Value.absent(AbsentReason.NO_PREVIOUS_VALUE));
                    }
                    List<Optional<String>> previousJql = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        previousJql.add(i < partners.size() && !options.cumulative()
                                ? scope.drill().of(figure.metric(), partners.get(i), inGroup) : Optional.empty());
                    }
                    List<RateParts.Counts> previousParts = partIndex.map(p -> previousCounts(
                            previousGrids.get(previousPartsOffset + p), previousGrids.get(previousPartsOffset + p + 1),
                            group, partners, previousRun, n)).orElse(List.of());
                    series.add(line(figure.name(), grid.groups().get(g), LineDataset.Kind.PREVIOUS, grid.unit(),
                            previous, options.cumulative(), previousJql, previousParts));
                }
            }
        }
        int targetOffset = offset;
        options.target().ifPresent(target -> series.addAll(targets(target, figures.get(0).name(),
                figures.get(0).metric().unit(), grids.subList(0, partsAt), targetOffset, n, options.cumulative())));
        Timeline timeline = options.timeline();
        Optional<Comparison> range = options.comparePrevious()
                ? Optional.of(Comparison.of(calendar, timeline.range(), timeline.whole(), options.today()))
                : Optional.empty();
        return new LineDataset(scope.model().currency().getCurrencyCode(), timeline.bucket(), buckets, comparisons,
                range, options.cumulative(), series);
    }

    /**
     * What each bucket is compared with, by position: bucket i with the whole bucket i of the period
     * before the range; the bucket still running, up to today, with that bucket up to the same day.
     */
    private List<Comparison> comparisons(LineOptions options, List<Period> buckets) {
        SalesCalendar calendar = scope.model().calendar();
        List<Period> before = options.timeline().previousBuckets(calendar);
        List<Comparison> comparisons = new ArrayList<>();
        for (int i = 0; i < Math.min(buckets.size(), before.size()); i++) {
            Period bucket = buckets.get(i);
            Period whole = calendar.bucketOf(bucket.start(), options.timeline().bucket());
            Optional<LocalDate> running = options.today().filter(bucket::contains);
            comparisons.add(running.isEmpty() ? new Comparison(bucket, before.get(i))
                    : elapsed(bucket, whole, before.get(i), running.get()));
        }
        return comparisons;
    }

    private static Comparison elapsed(Period bucket, Period whole, Period partner, LocalDate today) {
        Period current = new Period(bucket.start(), today.plusDays(1));
        return new Comparison(current, Comparison.matching(current, whole, partner));
    }

    /**
     * Growth and other figures that look back compare each bucket with the one before it; a bucket
     * clipped to the range or still running, with the same part of the bucket before it.
     */
    private Function<Period, Optional<Comparison>> bucketComparisons(LineOptions options, List<Period> buckets) {
        Bucket size = options.timeline().bucket();
        return period -> buckets.contains(period)
                ? Optional.of(Comparison.ofBucket(scope.model().calendar(), period, size, options.today()))
                : Optional.empty();
    }

    /** The partners in order, with a period of its own for any gap between two of them. */
    private static List<Period> consecutive(List<Period> partners) {
        List<Period> run = new ArrayList<>();
        for (Period partner : partners) {
            if (!run.isEmpty() && run.get(run.size() - 1).end().isBefore(partner.start())) {
                run.add(new Period(run.get(run.size() - 1).end(), partner.start()));
            }
            run.add(partner);
        }
        return run;
    }

    private static List<MetricEngine.Request> requests(List<Metric> metrics, LineOptions options) {
        Dimension dimension = dimension(options);
        return metrics.stream().map(metric -> new MetricEngine.Request(metric, dimension)).toList();
    }

    private List<Figure> figures(LineOptions options) {
        List<Figure> figures = options.figures().stream().map(c -> c.resolve(scope.catalog())).toList();
        if (options.cumulative()) {
            figures.forEach(f -> Additive.require(f, "cumulative"));
        }
        if (options.target().isPresent()) {
            Unit unit = figures.get(0).metric().unit();
            for (Figure figure : figures) {
                if (figure.metric().unit() != unit) {
                    throw InvalidInputException.of("target", "saleskpi.gadget.target.mixedUnits", "target needs figures of one unit, but " + figures.get(0).name()
                            + " is " + unit + " and " + figure.name() + " is " + figure.metric().unit());
                }
            }
        }
        return figures;
    }

    private static List<Metric> metrics(List<Figure> figures, LineOptions options) {
        List<Metric> metrics = new ArrayList<>(figures.stream().map(Figure::metric).toList());
        if (options.target().orElse(null) instanceof LineOptions.Target.FromInputs fromInputs) {
            metrics.add(fromInputs.source().metric());
        }
        return metrics;
    }

    private static Dimension dimension(LineOptions options) {
        return options.groupBy().orElse(Dimension.none());
    }

    private static List<LineDataset.Series> targets(LineOptions.Target target, String figure, Unit unit,
            List<Grid> grids, int offset, int n, boolean cumulative) {
        if (target instanceof LineOptions.Target.Fixed fixed) {
            Value value = Value.of(fixed.value(), unit);
            return List.of(new LineDataset.Series(figure, "", LineDataset.Kind.TARGET, unit,
                    Collections.nCopies(n, value), Collections.nCopies(n, Optional.empty())));
        }
        if (!(target instanceof LineOptions.Target.FromInputs fromInputs)) {
            throw new IllegalStateException("cannot draw line target " + target.getClass().getName());
        }
        TargetSource source = fromInputs.source();
        Grid grid = grids.get(grids.size() - 1);
        List<LineDataset.Series> series = new ArrayList<>();
        for (int g = 0; g < grid.groups().size(); g++) {
            List<Value> values = grid.row(g).subList(offset, offset + n).stream()
                    .map(value -> source.against(unit, value)).toList();
            // A target is an input, not issues: nothing to drill into.
            series.add(line(figure, grid.groups().get(g), LineDataset.Kind.TARGET, unit, values, cumulative,
                    Collections.nCopies(n, Optional.empty())));
        }
        return series;
    }

    private static LineDataset.Series line(String figure, String group, LineDataset.Kind kind, Unit unit,
            List<Value> values, boolean cumulative, List<Optional<String>> jql) {
        return line(figure, group, kind, unit, values, cumulative, jql, List.of());
    }

    /** A line; a rate's parts need no running total, since a running total needs a figure that adds up. */
    private static LineDataset.Series line(String figure, String group, LineDataset.Kind kind, Unit unit,
            List<Value> values, boolean cumulative, List<Optional<String>> jql, List<RateParts.Counts> parts) {
        return new LineDataset.Series(figure, group, kind, unit, cumulative ? runningTotal(values) : values, jql,
                parts);
    }

    /** A rate's counts in the buckets of one group: the n periods from offset of its parts' grids. */
    private static List<RateParts.Counts> counts(Grid numerators, Grid denominators, int group, int offset, int n) {
        List<RateParts.Counts> counts = new ArrayList<>();
        for (int i = offset; i < offset + n; i++) {
            counts.add(new RateParts.Counts(numerators.value(group, i), denominators.value(group, i)));
        }
        return counts;
    }

    /** A rate's counts over the spans compared with, as the previous values are read; absent past their end. */
    private static List<RateParts.Counts> previousCounts(Grid numerators, Grid denominators, int group,
            List<Period> partners, List<Period> previousRun, int n) {
        List<RateParts.Counts> counts = new ArrayList<>();
        for (Period partner : partners) {
            int at = previousRun.indexOf(partner);
            counts.add(new RateParts.Counts(numerators.value(group, at), denominators.value(group, at)));
        }
        while (counts.size() < n) {
            Value none = Value.absent(AbsentReason.NO_PREVIOUS_VALUE);
            counts.add(new RateParts.Counts(none, none));
        }
        return counts;
    }

    /** Running totals; once a bucket is absent, the total from there on is unknown and absent for the same reason. */
    private static List<Value> runningTotal(List<Value> values) {
        List<Value> totals = new ArrayList<>(values.size());
        Value total = null;
        for (Value value : values) {
            if (total == null || total instanceof Value.Absent || value instanceof Value.Absent) {
                total = total instanceof Value.Absent ? total : value;
            } else {
                Value.Present sum = (Value.Present) total;
                total = Value.of(sum.number().add(((Value.Present) value).number()), sum.unit());
            }
            totals.add(total);
        }
        return totals;
    }
}
