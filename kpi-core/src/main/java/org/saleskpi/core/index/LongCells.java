package org.saleskpi.core.index;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The cells of an {@link IndexLongColumn}: each value {@code v} held as {@code (v - base) / step} in one array of
 * the narrowest width that holds them all; an empty cell is the width's least value. A long array holds values as
 * they are (base 0, step 1). Immutable in its layout: a value that does not fit asks for {@link #refitted} cells.
 */
final class LongCells {
    private final long base;
    private final long step;
    private final byte[] bytes;
    private final short[] shorts;
    private final int[] ints;
    private final long[] longs;

    private LongCells(long base, long step, int width, int capacity) {
        this.base = base;
        this.step = step;
        bytes = width == 1 ? filled(new byte[capacity]) : null;
        shorts = width == 2 ? filled(new short[capacity]) : null;
        ints = width == 4 ? filled(new int[capacity]) : null;
        longs = width == 8 ? filled(new long[capacity]) : null;
    }

    private LongCells(long base, long step, byte[] bytes, short[] shorts, int[] ints, long[] longs) {
        this.base = base;
        this.step = step;
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        this.longs = longs;
    }

    /** Cells that are all empty, one byte each. */
    static LongCells empty(int capacity) {
        return new LongCells(0, 1, 1, capacity);
    }

    long value(int row) {
        long s;
        if (bytes != null) {
            s = bytes[row];
            if (s == Byte.MIN_VALUE) {
                return IndexLongColumn.NONE;
            }
        } else if (shorts != null) {
            s = shorts[row];
            if (s == Short.MIN_VALUE) {
                return IndexLongColumn.NONE;
            }
        } else if (ints != null) {
            s = ints[row];
            if (s == Integer.MIN_VALUE) {
                return IndexLongColumn.NONE;
            }
        } else {
            return longs[row];
        }
        return base + step * s;
    }

    /** Whether {@code value} can be set without other cells. */
    boolean holds(long value) {
        if (value == IndexLongColumn.NONE || longs != null) {
            return true;
        }
        long d = value - base;
        // The difference overflowed when the signs of the operands differ and that of the result is not value's.
        if (((value ^ base) & (value ^ d)) < 0 || d % step != 0) {
            return false;
        }
        long s = d / step;
        long max = bytes != null ? Byte.MAX_VALUE : shorts != null ? Short.MAX_VALUE : Integer.MAX_VALUE;
        return s > -max - 1 && s <= max;
    }

    /** Sets a value these cells hold ({@link #holds}). */
    void set(int row, long value) {
        if (longs != null) {
            longs[row] = value;
            return;
        }
        boolean empty = value == IndexLongColumn.NONE;
        long s = empty ? 0 : (value - base) / step;
        if (bytes != null) {
            bytes[row] = empty ? Byte.MIN_VALUE : (byte) s;
        } else if (shorts != null) {
            shorts[row] = empty ? Short.MIN_VALUE : (short) s;
        } else {
            ints[row] = empty ? Integer.MIN_VALUE : (int) s;
        }
    }

    /** Adds to {@code into} the first {@code rows} rows with a value in {@code [from, to)}. */
    void selectBetween(long from, long to, int rows, RowSet into) {
        if (longs != null) {
            for (int row = 0; row < rows; row++) {
                long x = longs[row];
                if (x >= from && x < to && x != IndexLongColumn.NONE) {
                    into.add(row);
                }
            }
            return;
        }
        for (int row = 0; row < rows; row++) {
            long x = value(row);
            if (x >= from && x < to && x != IndexLongColumn.NONE) {
                into.add(row);
            }
        }
    }

    LongCells grown(int capacity) {
        if (bytes != null) {
            byte[] b = Arrays.copyOf(bytes, capacity);
            Arrays.fill(b, bytes.length, capacity, Byte.MIN_VALUE);
            return new LongCells(base, step, b, null, null, null);
        }
        if (shorts != null) {
            short[] s = Arrays.copyOf(shorts, capacity);
            Arrays.fill(s, shorts.length, capacity, Short.MIN_VALUE);
            return new LongCells(base, step, null, s, null, null);
        }
        if (ints != null) {
            int[] i = Arrays.copyOf(ints, capacity);
            Arrays.fill(i, ints.length, capacity, Integer.MIN_VALUE);
            return new LongCells(base, step, null, null, i, null);
        }
        long[] l = Arrays.copyOf(longs, capacity);
        Arrays.fill(l, longs.length, capacity, IndexLongColumn.NONE);
        return new LongCells(base, step, null, null, null, l);
    }

    /** Cells holding the same values and {@code extra}: base, step and width chosen again from all of them. */
    LongCells refitted(long extra) {
        long[] values = values(capacity());
        return fitting(values, extra);
    }

    /** Cells with the first {@code rows} values multiplied by {@code factor} (exactly) and the others empty. */
    LongCells scaled(long factor, int rows) {
        long[] values = values(rows);
        for (int row = 0; row < rows; row++) {
            if (values[row] != IndexLongColumn.NONE) {
                values[row] = Math.multiplyExact(values[row], factor);
                if (values[row] == IndexLongColumn.NONE) {
                    throw new ArithmeticException("number out of range");
                }
            }
        }
        LongCells scaled = fitting(Arrays.copyOf(values, capacity()), IndexLongColumn.NONE);
        for (int row = rows; row < capacity(); row++) {
            scaled.set(row, IndexLongColumn.NONE);
        }
        return scaled;
    }

    long bytes() {
        return (long) capacity() * (bytes != null ? 1 : shorts != null ? 2 : ints != null ? 4 : 8);
    }

    private int capacity() {
        return bytes != null ? bytes.length : shorts != null ? shorts.length : ints != null ? ints.length
                : longs.length;
    }

    private long[] values(int rows) {
        long[] values = new long[capacity()];
        Arrays.fill(values, IndexLongColumn.NONE);
        for (int row = 0; row < rows; row++) {
            values[row] = value(row);
        }
        return values;
    }

    /** The narrowest cells holding {@code values} (one per row) and {@code extra} (set later by the caller). */
    private static LongCells fitting(long[] values, long extra) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean any = false;
        for (long v : values) {
            if (v != IndexLongColumn.NONE) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                any = true;
            }
        }
        if (extra != IndexLongColumn.NONE) {
            min = Math.min(min, extra);
            max = Math.max(max, extra);
            any = true;
        }
        int width = 8;
        long base = 0;
        long step = 1;
        if (any && BigInteger.valueOf(max).subtract(BigInteger.valueOf(min)).bitLength() < 63) {
            base = min;
            long gcd = extra == IndexLongColumn.NONE ? 0 : extra - min;
            for (long v : values) {
                if (v != IndexLongColumn.NONE) {
                    gcd = gcd(gcd, v - min);
                }
            }
            step = Math.max(1, gcd);
            long top = (max - min) / step;
            width = top <= Byte.MAX_VALUE ? 1 : top <= Short.MAX_VALUE ? 2 : top <= Integer.MAX_VALUE ? 4 : 8;
        }
        LongCells cells = width == 8 ? new LongCells(0, 1, 8, values.length) : new LongCells(base, step, width,
                values.length);
        for (int row = 0; row < values.length; row++) {
            cells.set(row, values[row]);
        }
        return cells;
    }

    private static byte[] filled(byte[] cells) {
        Arrays.fill(cells, Byte.MIN_VALUE);
        return cells;
    }

    private static short[] filled(short[] cells) {
        Arrays.fill(cells, Short.MIN_VALUE);
        return cells;
    }

    private static int[] filled(int[] cells) {
        Arrays.fill(cells, Integer.MIN_VALUE);
        return cells;
    }

    private static long[] filled(long[] cells) {
        Arrays.fill(cells, IndexLongColumn.NONE);
        return cells;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
