package org.saleskpi.core.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.saleskpi.core.issue.CodeColumn;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.NumberColumn;

/**
 * Reads {@link Measure.Weighted} row by row as exact unscaled longs: amount x probability at the
 * amount's scale plus the probability's ({@link #MAX_PROBABILITY_SCALE} digits at most).
 */
final class WeightedAmount {
    /** Probabilities are kept to a millionth: enough for any percentage, small enough to keep sums in a long. */
    static final int MAX_PROBABILITY_SCALE = 6;

    private final NumberColumn amount;
    private final NumberColumn probability;
    private final CodeColumn status;
    /** Per status code, the stage's win probability at {@link #probabilityScale}, 0 outside the stages. */
    private final long[] stageProbability;
    private final int probabilityScale;
    private final long fieldFactor;
    private final long one;

    WeightedAmount(IssueTable table, Measure.Weighted measure) {
        this.amount = table.numbers(measure.amount());
        this.probability = measure.probability().map(table::numbers).orElse(null);
        this.status = table.codes(measure.status());
        int scale = probability == null ? 0 : Math.min(probability.scale(), MAX_PROBABILITY_SCALE);
        for (BigDecimal p : measure.stages().values()) {
            scale = Math.max(scale, Math.min(Math.max(p.stripTrailingZeros().scale(), 0), MAX_PROBABILITY_SCALE));
        }
        this.probabilityScale = scale;
        this.one = BigDecimal.ONE.movePointRight(scale).longValueExact();
        this.fieldFactor = probability == null || probability.scale() > scale ? 1
                : BigDecimal.ONE.movePointRight(scale - probability.scale()).longValueExact();
        this.stageProbability = new long[status.cardinality()];
        for (Map.Entry<String, BigDecimal> stage : measure.stages().entrySet()) {
            int code = status.codeOf(stage.getKey());
            if (code >= 0) {
                stageProbability[code] = unscaled(stage.getValue());
            }
        }
    }

    /** Scale of the values {@link #unscaled} returns. */
    int scale() {
        return amount.scale() + probabilityScale;
    }

    /** The weighted amount of a table row, or {@link NumberColumn#NONE} when it has no amount. */
    long unscaled(int row) {
        long a = amount.unscaled(row);
        if (a == NumberColumn.NONE) {
            return NumberColumn.NONE;
        }
        long p = probability == null ? NumberColumn.NONE : probability.unscaled(row);
        long weight;
        if (p != NumberColumn.NONE) {
            weight = probability.scale() > probabilityScale
                    ? unscaled(BigDecimal.valueOf(p, probability.scale())) : clamp(p * fieldFactor);
        } else {
            weight = stageProbability[status.code(row)];
        }
        return Math.multiplyExact(a, weight);
    }

    private long unscaled(BigDecimal p) {
        return clamp(p.setScale(probabilityScale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact());
    }

    private long clamp(long p) {
        return Math.max(0, Math.min(one, p));
    }
}
