package org.saleskpi.core.gadget.line;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saleskpi.core.metric.RateParts;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Comparison;
import org.saleskpi.core.period.Period;

/**
 * The points of a line gadget: one value per bucket in every series.
 *
 * @param currency ISO 4217 code of every {@link Unit#AMOUNT} value
 * @param buckets the x axis
 * @param comparisons what the values of bucket i are compared over: comparison i holds the span of
 *     bucket i measured (up to today for the bucket still running) and the span its
 *     {@link Kind#PREVIOUS} value covers (absent past the list's end); empty when not compared
 * @param comparison the spans of the whole range and of what it is compared with; empty when not compared
 */
public record LineDataset(String currency, Bucket bucket, List<Period> buckets, List<Comparison> comparisons,
        Optional<Comparison> comparison, boolean cumulative, List<Series> series) {

    public LineDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(comparison, "comparison");
        buckets = List.copyOf(buckets);
        comparisons = List.copyOf(comparisons);
        series = List.copyOf(series);
    }

    /** Where the values of {@link Kind#PREVIOUS} series come from: value i from span i of this list. */
    public List<Period> previousBuckets() {
        return comparisons.stream().map(Comparison::previous).toList();
    }

    /** The first series of a kind for a figure and group; for tests and renderers that look one up. */
    public Series series(String figure, String group, Kind kind) {
        return series.stream()
                .filter(s -> s.figure().equals(figure) && s.group().equals(group) && s.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " series " + figure + " / " + group));
    }

    /** What a series shows. */
    public enum Kind {
        ACTUAL,
        PREVIOUS,
        TARGET
    }

    /**
     * One line.
     *
     * @param figure the figure's key (see {@code FigureChoice}); for a target, the figure it is the target of
     * @param group the group's value, "" when not grouped (and for a fixed target)
     * @param values one per bucket
     * @param jql the issues behind each value; empty for targets, and for a running total of previous
     *     spans, which need not be one run of days
     * @param rateParts for a rate of counts, the counts each value divides, one per value; else empty
     */
    public record Series(String figure, String group, Kind kind, Unit unit, List<Value> values,
            List<Optional<String>> jql, List<RateParts.Counts> rateParts) {
        public Series(String figure, String group, Kind kind, Unit unit, List<Value> values,
                List<Optional<String>> jql) {
            this(figure, group, kind, unit, values, jql, List.of());
        }

        public Series {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unit, "unit");
            values = List.copyOf(values);
            jql = List.copyOf(jql);
            rateParts = List.copyOf(rateParts);
            if (jql.size() != values.size()) {
                throw new IllegalArgumentException("one jql per value: " + jql.size() + " for " + values.size());
            }
            if (!rateParts.isEmpty() && rateParts.size() != values.size()) {
                throw new IllegalArgumentException("one rate's parts per value: " + rateParts.size() + " for "
                        + values.size());
            }
        }
    }
}
