package org.saleskpi.core.index;

/**
 * Sorts rows by a {@link RowOrder} without boxing them: a merge sort over ints, which skips the merge of two runs
 * already in order, so rows written mostly in order (index rows come in creation order) sort in about one pass.
 */
final class RowSort {
    private static final int INSERTION = 24;

    private RowSort() {
    }

    static void sort(int[] rows, RowOrder order) {
        if (rows.length > 1) {
            sort(rows, rows.clone(), 0, rows.length, order);
        }
    }

    /** Sorts {@code rows[from, to)}, with {@code spare} holding the same rows there. */
    private static void sort(int[] rows, int[] spare, int from, int to, RowOrder order) {
        if (to - from <= INSERTION) {
            for (int i = from + 1; i < to; i++) {
                int row = rows[i];
                int j = i - 1;
                while (j >= from && order.compare(rows[j], row) > 0) {
                    rows[j + 1] = rows[j];
                    j--;
                }
                rows[j + 1] = row;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        // Each half sorted in the spare array, then merged back into rows.
        sort(spare, rows, from, mid, order);
        sort(spare, rows, mid, to, order);
        if (order.compare(spare[mid - 1], spare[mid]) <= 0) {
            System.arraycopy(spare, from, rows, from, to - from);
            return;
        }
        for (int i = from, a = from, b = mid; i < to; i++) {
            rows[i] = b >= to || a < mid && order.compare(spare[a], spare[b]) <= 0 ? spare[a++] : spare[b++];
        }
    }
}
