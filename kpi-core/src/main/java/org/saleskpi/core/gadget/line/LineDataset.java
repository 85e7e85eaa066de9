package org.saleskpi.core.gadget.line;

import java.util.List;
import java.util.Objects;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.Value;
import org.saleskpi.core.period.Bucket;
import org.saleskpi.core.period.Period;

/**
 * The points of a line gadget: one value per bucket in every series.
 *
 * @param currency ISO 4217 code of every {@link Unit#AMOUNT} value
 * @param buckets the x axis
 * @param previousBuckets where the values of {@link Kind#PREVIOUS} series come from: value i from
 *     bucket i of this list (absent past its end); empty when not compared
 */
public record LineDataset(String currency, Bucket bucket, List<Period> buckets, List<Period> previousBuckets,
        boolean cumulative, List<Series> series) {

    public LineDataset {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bucket, "bucket");
        buckets = List.copyOf(buckets);
        previousBuckets = List.copyOf(previousBuckets);
        series = List.copyOf(series);
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
     */
    public record Series(String figure, String group, Kind kind, Unit unit, List<Value> values) {
        public Series {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(unit, "unit");
            values = List.copyOf(values);
        }
    }
}
