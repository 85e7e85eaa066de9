package org.saleskpi.core.goal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/** How far a target or goal has come from its start to its target: a fraction in [0, 1]. */
public record Progress(BigDecimal fraction) {

    /**
     * Ten significant digits, rounded toward zero. Rounding down means a fraction shows 1 (and the
     * status DONE) only when the target is truly reached, never because 0.99999999999 rounded up.
     */
    public static final MathContext PRECISION = new MathContext(10, RoundingMode.DOWN);

    public static final Progress NONE = new Progress(BigDecimal.ZERO);
    public static final Progress COMPLETE = new Progress(BigDecimal.ONE);

    public Progress {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("progress must lie in [0, 1], was " + fraction);
        }
        // 0.5 and 0.50 are the same progress; without this the records would not be equal.
        fraction = fraction.stripTrailingZeros();
    }

    /**
     * clamp((current - start) / (target - start), 0, 1), for number, currency and KPI targets. A
     * decreasing target (start above target) uses the same formula. When target equals start,
     * progress is 1 once current has reached it (current &gt;= target), else 0.
     */
    public static Progress linear(BigDecimal start, BigDecimal target, BigDecimal current) {
        BigDecimal distance = target.subtract(start);
        if (distance.signum() == 0) {
            return current.compareTo(target) >= 0 ? COMPLETE : NONE;
        }
        return clamped(current.subtract(start).divide(distance, PRECISION));
    }

    /** done / total, for issues targets (resolved / all); 0 when total is 0, as nothing is done yet. */
    public static Progress ratio(BigDecimal done, BigDecimal total) {
        if (total.signum() == 0) {
            return NONE;
        }
        return clamped(done.divide(total, PRECISION));
    }

    /** 1 when reached, else 0, for true/false targets. */
    public static Progress reached(boolean reached) {
        return reached ? COMPLETE : NONE;
    }

    private static Progress clamped(BigDecimal share) {
        if (share.signum() < 0) {
            return NONE;
        }
        if (share.compareTo(BigDecimal.ONE) > 0) {
            return COMPLETE;
        }
        return new Progress(share);
    }

    /** The fraction in percent (0.25 gives 25), unrounded; screens round when they show it. */
    public BigDecimal percent() {
        return fraction.movePointRight(2);
    }

    public boolean isComplete() {
        return fraction.compareTo(BigDecimal.ONE) == 0;
    }
}
