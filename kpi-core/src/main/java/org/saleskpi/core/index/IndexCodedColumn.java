package org.saleskpi.core.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A growable dictionary-encoded column of the index. Code 0 is the empty cell; codes live in a
 * byte array until the dictionary outgrows it, then a short array, then an int array. Each code
 * keeps how many rows hold it, so the values in use are known without a scan.
 */
public final class IndexCodedColumn<T> {
    /** The code of an empty cell. */
    public static final int EMPTY = 0;

    private final List<T> values = new ArrayList<>();
    private final Map<T, Integer> codes = new HashMap<>();
    private int[] rowCounts = new int[16];
    private byte[] bytes;
    private short[] shorts;
    private int[] ints;

    IndexCodedColumn(int capacity) {
        values.add(null);
        bytes = new byte[capacity];
    }

    /** Number of codes including {@link #EMPTY}. */
    public int cardinality() {
        return values.size();
    }

    /** The value of a code; null for {@link #EMPTY}. */
    public T value(int code) {
        return values.get(code);
    }

    public int code(int row) {
        if (bytes != null) {
            return bytes[row] & 0xFF;
        }
        if (shorts != null) {
            return shorts[row] & 0xFFFF;
        }
        return ints[row];
    }

    /** The codes of {@code rows}, in their order. */
    public int[] codes(int[] rows) {
        int[] out = new int[rows.length];
        if (bytes != null) {
            for (int i = 0; i < rows.length; i++) {
                out[i] = bytes[rows[i]] & 0xFF;
            }
        } else if (shorts != null) {
            for (int i = 0; i < rows.length; i++) {
                out[i] = shorts[rows[i]] & 0xFFFF;
            }
        } else {
            for (int i = 0; i < rows.length; i++) {
                out[i] = ints[rows[i]];
            }
        }
        return out;
    }

    /** How many rows hold the code. */
    public int rowCount(int code) {
        return rowCounts[code];
    }

    /** A mask over codes: which codes' values pass {@code test}; the empty code never does. */
    public boolean[] codesWhere(Predicate<T> test) {
        boolean[] wanted = new boolean[cardinality()];
        for (int code = 1; code < wanted.length; code++) {
            wanted[code] = rowCounts[code] > 0 && test.test(values.get(code));
        }
        return wanted;
    }

    /** Adds to {@code into} the first {@code rows} rows whose code is wanted. */
    public void select(boolean[] wanted, int rows, RowSet into) {
        // 64 rows at a time into one word of the set, without a branch per row: a filter over a million rows is
        // a few such scans.
        long[] bit = new long[wanted.length];
        for (int code = 0; code < wanted.length; code++) {
            bit[code] = wanted[code] ? 1 : 0;
        }
        for (int base = 0; base < rows; base += 64) {
            int end = Math.min(rows, base + 64);
            long word = 0;
            if (bytes != null) {
                for (int row = base; row < end; row++) {
                    word |= bit[bytes[row] & 0xFF] << row;
                }
            } else if (shorts != null) {
                for (int row = base; row < end; row++) {
                    word |= bit[shorts[row] & 0xFFFF] << row;
                }
            } else {
                for (int row = base; row < end; row++) {
                    word |= bit[ints[row]] << row;
                }
            }
            if (word != 0) {
                into.orWord(base >>> 6, word);
            }
        }
    }

    /** The distinct values some row holds. */
    public List<T> valuesInUse() {
        List<T> inUse = new ArrayList<>();
        for (int code = 1; code < values.size(); code++) {
            if (rowCounts[code] > 0) {
                inUse.add(values.get(code));
            }
        }
        return inUse;
    }

    void grow(int capacity) {
        if (bytes != null) {
            bytes = Arrays.copyOf(bytes, capacity);
        } else if (shorts != null) {
            shorts = Arrays.copyOf(shorts, capacity);
        } else {
            ints = Arrays.copyOf(ints, capacity);
        }
    }

    /** Sets a row that was empty or held another value; {@code fresh} rows count as empty before. */
    void set(int row, T value, boolean fresh) {
        int code = value == null ? EMPTY : codeFor(value);
        if (!fresh) {
            rowCounts[code(row)]--;
        }
        rowCounts[code]++;
        if (bytes != null) {
            bytes[row] = (byte) code;
        } else if (shorts != null) {
            shorts[row] = (short) code;
        } else {
            ints[row] = code;
        }
    }

    /**
     * Moves row {@code from}'s value to row {@code to} and leaves {@code from} as rows past the end are: empty
     * and uncounted, so a later fresh {@link #set} may fill it.
     */
    void move(int from, int to) {
        if (from != to) {
            set(to, values.get(code(from)), false);
        }
        rowCounts[code(from)]--;
        if (bytes != null) {
            bytes[from] = EMPTY;
        } else if (shorts != null) {
            shorts[from] = EMPTY;
        } else {
            ints[from] = EMPTY;
        }
    }

    /** The code of {@code value}, added to the dictionary (holding no row) if new: what a change to it is coded as. */
    int intern(T value) {
        return codeFor(value);
    }

    private int codeFor(T value) {
        Integer known = codes.get(value);
        if (known != null) {
            return known;
        }
        int code = values.size();
        values.add(value);
        codes.put(value, code);
        if (code >= rowCounts.length) {
            rowCounts = Arrays.copyOf(rowCounts, rowCounts.length * 2);
        }
        widenFor(code);
        return code;
    }

    private void widenFor(int code) {
        if (bytes != null && code > 0xFF) {
            shorts = new short[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                shorts[i] = (short) (bytes[i] & 0xFF);
            }
            bytes = null;
        } else if (shorts != null && code > 0xFFFF) {
            ints = new int[shorts.length];
            for (int i = 0; i < shorts.length; i++) {
                ints[i] = shorts[i] & 0xFFFF;
            }
            shorts = null;
        }
    }

    long bytes() {
        return bytes != null ? bytes.length : shorts != null ? 2L * shorts.length : 4L * ints.length;
    }
}
