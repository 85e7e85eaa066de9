package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * An exact decimal column: every value is {@code unscaled * 10^-scale} with one scale for the
 * column. Stored in an int array when every value fits, else a long array. {@link #NONE} marks
 * an empty cell.
 */
public final class NumberColumn {
    /** The unscaled value of an empty cell. */
    public static final long NONE = Long.MIN_VALUE;

    private static final int INT_NONE = Integer.MIN_VALUE;

    private final int scale;
    private final int[] ints;
    private final long[] longs;
    private final int size;

    NumberColumn(long[] unscaled, int size, int scale) {
        this.scale = scale;
        this.size = size;
        boolean fitsInt = true;
        for (int i = 0; i < size && fitsInt; i++) {
            long v = unscaled[i];
            fitsInt = v == NONE || (v > INT_NONE && v <= Integer.MAX_VALUE);
        }
        if (fitsInt) {
            ints = new int[size];
            for (int i = 0; i < size; i++) {
                long v = unscaled[i];
                ints[i] = v == NONE ? INT_NONE : (int) v;
            }
            longs = null;
        } else {
            longs = Arrays.copyOf(unscaled, size);
            ints = null;
        }
    }

    private NumberColumn(int[] ints, int size, int scale) {
        this.ints = ints;
        this.longs = null;
        this.size = size;
        this.scale = scale;
    }

    /**
     * This column cut or extended to {@code size} rows, row {@code places[i]} holding {@code placeUnscaled[i]} at this
     * column's scale: the cells copied, not scaled again. Empty unless the column would be built afresh so: it stores
     * ints and every new value fits, and some row still needs the scale (a column built afresh has the least scale
     * its values need).
     */
    Optional<NumberColumn> withUnscaled(int size, int[] places, long[] placeUnscaled) {
        if (ints == null) {
            return Optional.empty();
        }
        int[] copy = Arrays.copyOf(ints, size);
        for (int p = 0; p < places.length; p++) {
            long v = placeUnscaled[p];
            if (v != NONE && (v <= INT_NONE || v > Integer.MAX_VALUE)) {
                return Optional.empty();
            }
            copy[places[p]] = v == NONE ? INT_NONE : (int) v;
        }
        boolean scaleNeeded = scale == 0;
        for (int row = 0; row < size && !scaleNeeded; row++) {
            scaleNeeded = copy[row] != INT_NONE && copy[row] % 10 != 0;
        }
        return scaleNeeded ? Optional.of(new NumberColumn(copy, size, scale)) : Optional.empty();
    }

    public int size() {
        return size;
    }

    /** Digits after the decimal point shared by every value of the column. */
    public int scale() {
        return scale;
    }

    /** Unscaled value of a row, or {@link #NONE}. */
    public long unscaled(int row) {
        if (ints != null) {
            int v = ints[row];
            return v == INT_NONE ? NONE : v;
        }
        return longs[row];
    }

    public Optional<BigDecimal> value(int row) {
        long v = unscaled(row);
        return v == NONE ? Optional.empty() : Optional.of(BigDecimal.valueOf(v, scale));
    }

    long bytes() {
        return ints != null ? 4L * ints.length : 8L * longs.length;
    }
}
