package org.saleskpi.core.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A growable column of longs: instants as epoch milliseconds, dates as epoch days, or exact
 * numbers as {@code unscaled * 10^-scale} with one scale for the column. {@link #NONE} is empty.
 * Each cell is held as {@code (value - base) / step} in the narrowest of byte, short, int or long that holds every
 * value of the column (instants a team writes in whole seconds take an int, counts a byte), so a column costs what
 * its values need; a value that does not fit makes the column choose its base, step and width again from all its
 * values.
 */
public final class IndexLongColumn {
    /** The stored value of an empty cell. */
    public static final long NONE = Long.MIN_VALUE;
    /** Numbers keep at most this many decimal places, as in the engine's tables. */
    static final int MAX_SCALE = 9;

    private LongCells cells;
    private int scale;

    IndexLongColumn(int capacity) {
        cells = LongCells.empty(capacity);
    }

    public long value(int row) {
        return cells.value(row);
    }

    /** The values of {@code rows}, in their order. */
    public long[] values(int[] rows) {
        long[] out = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = cells.value(rows[i]);
        }
        return out;
    }

    /** Digits after the decimal point of a number column; 0 for dates. */
    public int scale() {
        return scale;
    }

    /** Adds to {@code into} the first {@code rows} rows with a value in {@code [from, to)}. */
    public void selectBetween(long from, long to, int rows, RowSet into) {
        cells.selectBetween(from, to, rows, into);
    }

    /** Adds to {@code into} the first {@code rows} rows that are empty. */
    public void selectEmpty(int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            if (cells.value(row) == NONE) {
                into.add(row);
            }
        }
    }

    /** A number cell as a decimal without trailing zeros (1000.50 comes back as 1000.5), or null when empty. */
    public BigDecimal decimal(int row) {
        long v = cells.value(row);
        if (v == NONE) {
            return null;
        }
        BigDecimal plain = BigDecimal.valueOf(v, scale).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    void grow(int capacity) {
        cells = cells.grown(capacity);
    }

    void set(int row, long value) {
        if (!cells.holds(value)) {
            cells = cells.refitted(value);
        }
        cells.set(row, value);
    }

    /** Moves row {@code from}'s value to row {@code to}; {@code from} becomes empty. */
    void move(int from, int to) {
        cells.set(to, cells.value(from));
        if (from != to) {
            cells.set(from, NONE);
        }
    }

    /** Stores an exact number, widening the column's scale (up to {@link #MAX_SCALE}) when needed. */
    void setDecimal(int row, int rows, BigDecimal value) {
        if (value == null) {
            set(row, NONE);
            return;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > MAX_SCALE) {
            v = v.setScale(MAX_SCALE, RoundingMode.HALF_EVEN);
        }
        if (v.scale() > scale) {
            long factor = BigDecimal.ONE.movePointRight(v.scale() - scale).longValueExact();
            cells = cells.scaled(factor, rows);
            scale = v.scale();
        }
        long raw = v.setScale(scale).unscaledValue().longValueExact();
        if (raw == NONE) {
            throw new ArithmeticException("number out of range: " + value);
        }
        set(row, raw);
    }

    long bytes() {
        return cells.bytes();
    }
}
