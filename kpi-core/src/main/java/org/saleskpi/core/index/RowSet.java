package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/** A set of index rows as a bitmap: what a filter selects, combined by and, or and not. */
public final class RowSet {
    private final long[] words;
    private final int rows;

    private RowSet(long[] words, int rows) {
        this.words = words;
        this.rows = rows;
    }

    public static RowSet none(int rows) {
        return new RowSet(new long[(rows + 63) >>> 6], rows);
    }

    public static RowSet all(int rows) {
        RowSet set = none(rows);
        Arrays.fill(set.words, -1L);
        set.clearTail();
        return set;
    }

    /** How many rows the set ranges over (selected or not). */
    public int rows() {
        return rows;
    }

    public void add(int row) {
        words[row >>> 6] |= 1L << row;
    }

    /** Adds the rows {@code 64 * index + b} for each bit b set in {@code bits}. */
    void orWord(int index, long bits) {
        words[index] |= bits;
    }

    public boolean contains(int row) {
        return (words[row >>> 6] & (1L << row)) != 0;
    }

    public RowSet and(RowSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] &= other.words[i];
        }
        return this;
    }

    public RowSet or(RowSet other) {
        for (int i = 0; i < words.length; i++) {
            words[i] |= other.words[i];
        }
        return this;
    }

    /** Adds the rows below {@code limit} whose bits are set in {@code bits} (a bitmap of rows, as this set's words). */
    void or(long[] bits, int limit) {
        int end = Math.min(limit, rows);
        int full = end >>> 6;
        for (int i = 0; i < Math.min(full, bits.length); i++) {
            words[i] |= bits[i];
        }
        if ((end & 63) != 0 && full < bits.length) {
            words[full] |= bits[full] & ((1L << end) - 1);
        }
    }

    public RowSet not() {
        for (int i = 0; i < words.length; i++) {
            words[i] = ~words[i];
        }
        clearTail();
        return this;
    }

    public int count() {
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /** Calls {@code action} with each selected row in ascending order. */
    public void forEach(IntConsumer action) {
        for (int i = 0; i < words.length; i++) {
            long word = words[i];
            while (word != 0) {
                action.accept((i << 6) + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** Calls {@code action} with each selected row in descending order. */
    public void forEachDescending(IntConsumer action) {
        for (int i = words.length - 1; i >= 0; i--) {
            long word = words[i];
            while (word != 0) {
                int bit = 63 - Long.numberOfLeadingZeros(word);
                action.accept((i << 6) + bit);
                word &= ~(1L << bit);
            }
        }
    }

    /** The lowest selected row, or -1 when none is. */
    public int first() {
        for (int i = 0; i < words.length; i++) {
            if (words[i] != 0) {
                return (i << 6) + Long.numberOfTrailingZeros(words[i]);
            }
        }
        return -1;
    }

    /** The highest selected row, or -1 when none is. */
    public int last() {
        for (int i = words.length - 1; i >= 0; i--) {
            if (words[i] != 0) {
                return (i << 6) + 63 - Long.numberOfLeadingZeros(words[i]);
            }
        }
        return -1;
    }

    /** The selected rows in ascending order. */
    public int[] toArray() {
        int[] out = new int[count()];
        int[] next = {0};
        forEach(row -> out[next[0]++] = row);
        return out;
    }

    private void clearTail() {
        int used = rows & 63;
        if (used != 0) {
            words[words.length - 1] &= (1L << used) - 1;
        }
    }
}
