package org.saleskpi.core.index;

import java.util.Arrays;

/**
 * The rows holding one word: a sorted int array while few do, a bitmap once the array would outweigh it (more than one
 * row in 32 of those up to the highest). Not thread-safe: changed under the index's write lock.
 */
final class RowPostings {
    private static final int MIN_BITMAP_ROWS = 64;

    private int[] rows = new int[2];
    private int size;
    /** Non-null once the rows live here instead of in {@link #rows}. */
    private long[] bits;

    void add(int row) {
        if (bits != null) {
            if (row >>> 6 >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(2 * bits.length, (row >>> 6) + 1));
            }
            long mask = 1L << row;
            if ((bits[row >>> 6] & mask) == 0) {
                bits[row >>> 6] |= mask;
                size++;
            }
            return;
        }
        // New rows are the highest: most adds append.
        int at = size > 0 && rows[size - 1] < row ? -(size + 1) : Arrays.binarySearch(rows, 0, size, row);
        if (at >= 0) {
            return;
        }
        at = -(at + 1);
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, rows.length + (rows.length >> 1) + 2);
        }
        System.arraycopy(rows, at, rows, at + 1, size - at);
        rows[at] = row;
        size++;
        if (size >= MIN_BITMAP_ROWS && size > rows[size - 1] >>> 5) {
            toBitmap();
        }
    }

    void remove(int row) {
        if (bits != null) {
            if (row >>> 6 < bits.length && (bits[row >>> 6] & 1L << row) != 0) {
                bits[row >>> 6] &= ~(1L << row);
                size--;
            }
            return;
        }
        int at = Arrays.binarySearch(rows, 0, size, row);
        if (at >= 0) {
            System.arraycopy(rows, at + 1, rows, at, size - at - 1);
            size--;
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds to {@code into} the rows below {@code limit}. */
    void addTo(RowSet into, int limit) {
        if (bits != null) {
            into.or(bits, limit);
            return;
        }
        for (int i = 0; i < size && rows[i] < limit; i++) {
            into.add(rows[i]);
        }
    }

    /** Bytes of the arrays and the object itself. */
    long bytes() {
        return 32 + (bits != null ? 16 + 8L * bits.length : 16 + 4L * rows.length);
    }

    private void toBitmap() {
        long[] bitmap = new long[(rows[size - 1] >>> 6) + 1];
        for (int i = 0; i < size; i++) {
            bitmap[rows[i] >>> 6] |= 1L << rows[i];
        }
        bits = bitmap;
        rows = null;
    }
}
