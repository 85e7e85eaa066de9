package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.BitSet;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.NumberColumn;

/** Accumulates one {@link Metric.Aggregate} per group and time bin. */
final class AggregateLeaf extends Leaf {
    /** Divisions (means, ratios) keep 34 significant digits; rounding happens only for display. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    private static final long NONE = NumberColumn.NONE;

    enum Kind { COUNT, SUM, MEAN, MEDIAN, MIN, MAX, DISTINCT, PERCENTILE }

    private final Kind kind;
    private final When when;
    private final Unit unit;
    /** Time bin of each batch row (null for {@link When.Always}). */
    private final int[] binOfRow;
    private final NumberColumn field;
    private final WeightedAmount weighted;
    private final BigDecimal percentile;
    private final Batch batch;
    private final int[] fromDay;
    private final int[] toDay;
    private final int[] distinctCodes;
    private final int scale;

    private final long[] count;
    private final long[] sum;
    private final long[] extreme;
    private final long[][] lists;
    private final int[] listSizes;
    private final BitSet[] sets;
    private long[] countPrefix;
    private long[] sumPrefix;
    private long[] extremePrefix;

    AggregateLeaf(Metric.Aggregate aggregate, SharedSelection selection, int[] groups, int groupCount, int bins,
            int[] binOfRow, MeasureInput measure, int[] distinctCodes, Batch batch) {
        super(selection, groups, groupCount, bins);
        this.kind = kindOf(aggregate.aggregation());
        this.when = aggregate.when();
        this.unit = aggregate.unit();
        this.binOfRow = binOfRow;
        this.field = measure == null ? null : measure.field();
        this.weighted = measure == null ? null : measure.weighted();
        this.percentile = aggregate.aggregation() instanceof Aggregation.Percentile p ? p.p() : null;
        this.batch = batch;
        this.fromDay = measure == null ? null : measure.from();
        this.toDay = measure == null ? null : measure.to();
        this.scale = measure == null ? 0 : measure.scale();
        this.distinctCodes = distinctCodes;
        int cells = groupCount * bins;
        count = new long[cells];
        sum = kind == Kind.SUM || kind == Kind.MEAN ? new long[cells] : null;
        extreme = kind == Kind.MIN || kind == Kind.MAX ? new long[cells] : null;
        if (extreme != null) {
            Arrays.fill(extreme, kind == Kind.MIN ? Long.MAX_VALUE : Long.MIN_VALUE);
        }
        boolean listed = kind == Kind.MEDIAN || kind == Kind.PERCENTILE;
        lists = listed ? new long[cells][] : null;
        listSizes = listed ? new int[cells] : null;
        sets = kind == Kind.DISTINCT ? new BitSet[cells] : null;
    }

    /** The per-row number an aggregation reads: a number column, days between two dates, or a weighted amount. */
    record MeasureInput(NumberColumn field, int[] from, int[] to, int scale, WeightedAmount weighted) {
        MeasureInput(NumberColumn field, int[] from, int[] to, int scale) {
            this(field, from, to, scale, null);
        }
    }

    static Kind kindOf(Aggregation aggregation) {
        if (aggregation instanceof Aggregation.Count) {
            return Kind.COUNT;
        }
        if (aggregation instanceof Aggregation.Sum) {
            return Kind.SUM;
        }
        if (aggregation instanceof Aggregation.Mean) {
            return Kind.MEAN;
        }
        if (aggregation instanceof Aggregation.Median) {
            return Kind.MEDIAN;
        }
        if (aggregation instanceof Aggregation.Min) {
            return Kind.MIN;
        }
        if (aggregation instanceof Aggregation.Max) {
            return Kind.MAX;
        }
        if (aggregation instanceof Aggregation.DistinctCount) {
            return Kind.DISTINCT;
        }
        if (aggregation instanceof Aggregation.Percentile) {
            return Kind.PERCENTILE;
        }
        throw new IllegalStateException("no accumulator for aggregation " + aggregation.getClass().getName());
    }

    @Override
    void accumulate(int[] rows, int n) {
        if (kind == Kind.COUNT) {
            accumulateCount(rows, n);
            return;
        }
        if (kind == Kind.SUM || kind == Kind.MEAN) {
            accumulateSum(rows, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int bin = binOfRow == null ? 0 : binOfRow[row];
            if (bin < 0) {
                continue;
            }
            int cell = group(row) * bins + bin;
            if (kind == Kind.DISTINCT) {
                int code = distinctCodes[row];
                if (code != 0) {
                    if (sets[cell] == null) {
                        sets[cell] = new BitSet();
                    }
                    sets[cell].set(code);
                }
                continue;
            }
            long value = measure(row);
            if (value == NONE) {
                continue;
            }
            count[cell]++;
            if (kind == Kind.MIN) {
                extreme[cell] = Math.min(extreme[cell], value);
            } else if (kind == Kind.MAX) {
                extreme[cell] = Math.max(extreme[cell], value);
            } else {
                add(cell, value);
            }
        }
    }

    private void accumulateCount(int[] rows, int n) {
        long[] counts = count;
        int[] binOf = binOfRow;
        int[] groupOf = groups;
        int width = bins;
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int bin = binOf == null ? 0 : binOf[row];
            if (bin >= 0) {
                counts[(groupOf == null ? 0 : groupOf[row]) * width + bin]++;
            }
        }
    }

    private void accumulateSum(int[] rows, int n) {
        long[] counts = count;
        long[] sums = sum;
        int[] binOf = binOfRow;
        int[] groupOf = groups;
        int width = bins;
        for (int i = 0; i < n; i++) {
            int row = rows[i];
            int bin = binOf == null ? 0 : binOf[row];
            if (bin < 0) {
                continue;
            }
            long value = measure(row);
            if (value == NONE) {
                continue;
            }
            int cell = (groupOf == null ? 0 : groupOf[row]) * width + bin;
            // addExact keeps money exact: an overflow fails loudly instead of wrapping.
            sums[cell] = Math.addExact(sums[cell], value);
            counts[cell]++;
        }
    }

    private long measure(int row) {
        if (field != null) {
            // Read straight from the column: only selected rows need their number.
            return field.unscaled(batch.from + row);
        }
        if (weighted != null) {
            return weighted.unscaled(batch.from + row);
        }
        int from = fromDay[row];
        int to = toDay[row];
        if (from == DateColumn.NONE || to == DateColumn.NONE) {
            return NONE;
        }
        return (long) to - from;
    }

    private void add(int cell, long value) {
        long[] list = lists[cell];
        int size = listSizes[cell];
        if (list == null) {
            list = new long[16];
        } else if (size == list.length) {
            list = Arrays.copyOf(list, size * 2);
        }
        list[size] = value;
        lists[cell] = list;
        listSizes[cell] = size + 1;
    }

    @Override
    void finish() {
        if (when instanceof When.Before || when instanceof When.Through) {
            countPrefix = prefix(count, false, false);
            sumPrefix = sum == null ? null : prefix(sum, false, false);
            extremePrefix = extreme == null ? null : prefix(extreme, true, kind == Kind.MIN);
        }
    }

    /** Per group, running totals (or running minimum/maximum) over the bins. */
    private long[] prefix(long[] cells, boolean extremeValue, boolean min) {
        long[] result = cells.clone();
        for (int g = 0; g < groupCount; g++) {
            int base = g * bins;
            for (int b = 1; b < bins; b++) {
                long previous = result[base + b - 1];
                long current = result[base + b];
                if (!extremeValue) {
                    result[base + b] = Math.addExact(previous, current);
                } else {
                    result[base + b] = min ? Math.min(previous, current) : Math.max(previous, current);
                }
            }
        }
        return result;
    }

    @Override
    Value value(int group, int slot) {
        int base = group * bins;
        int cell;
        long[] counts;
        long[] sums;
        long[] extremes;
        if (when instanceof When.Always) {
            cell = base;
            counts = count;
            sums = sum;
            extremes = extreme;
        } else if (when instanceof When.During) {
            cell = base + slot + 1;
            counts = count;
            sums = sum;
            extremes = extreme;
        } else {
            // Before P: bins 0..slot; through the end of P: bins 0..slot+1.
            cell = base + (when instanceof When.Before ? slot : slot + 1);
            counts = countPrefix;
            sums = sumPrefix;
            extremes = extremePrefix;
        }
        long n = counts[cell];
        return switch (kind) {
            case COUNT -> Value.of(n, unit);
            case SUM -> Value.of(BigDecimal.valueOf(sums[cell], scale), unit);
            case MEAN -> n == 0 ? Value.absent(AbsentReason.NO_DATA)
                    : Value.of(BigDecimal.valueOf(sums[cell], scale).divide(BigDecimal.valueOf(n), DIVISION), unit);
            case MIN, MAX -> n == 0 ? Value.absent(AbsentReason.NO_DATA)
                    : Value.of(BigDecimal.valueOf(extremes[cell], scale), unit);
            case MEDIAN -> median(cell);
            case DISTINCT -> Value.of(sets[cell] == null ? 0 : sets[cell].cardinality(), unit);
            case PERCENTILE -> percentile(cell);
        };
    }

    /** Linear interpolation between closest ranks: rank h = (n - 1) p over the sorted values. */
    private Value percentile(int cell) {
        int size = listSizes[cell];
        if (size == 0) {
            return Value.absent(AbsentReason.NO_DATA);
        }
        long[] values = Arrays.copyOf(lists[cell], size);
        Arrays.sort(values);
        return Value.of(interpolated(values, size, percentile).movePointLeft(scale), unit);
    }

    /**
     * The {@code p} percentile of {@code sorted[0..size)} (size > 0), by linear interpolation between the
     * closest ranks: rank h = (size - 1) p, then sorted[floor h] + (h - floor h) (sorted[floor h + 1] -
     * sorted[floor h]). Shared by every percentile of the algebra (time in stage reads it too).
     */
    static BigDecimal interpolated(long[] sorted, int size, BigDecimal p) {
        BigDecimal rank = p.multiply(BigDecimal.valueOf(size - 1L));
        int lower = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(lower));
        BigDecimal low = BigDecimal.valueOf(sorted[lower]);
        if (fraction.signum() == 0) {
            return low;
        }
        return low.add(BigDecimal.valueOf(sorted[lower + 1]).subtract(low).multiply(fraction));
    }

    private Value median(int cell) {
        int size = listSizes[cell];
        if (size == 0) {
            return Value.absent(AbsentReason.NO_DATA);
        }
        long[] values = Arrays.copyOf(lists[cell], size);
        Arrays.sort(values);
        BigDecimal middle = BigDecimal.valueOf(values[size / 2], scale);
        if (size % 2 == 1) {
            return Value.of(middle, unit);
        }
        BigDecimal lower = BigDecimal.valueOf(values[size / 2 - 1], scale);
        return Value.of(lower.add(middle).divide(BigDecimal.valueOf(2), DIVISION), unit);
    }
}
