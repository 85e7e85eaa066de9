package org.saleskpi.core.jql;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.saleskpi.core.index.RowOrder;
import org.saleskpi.core.index.RowSet;

/**
 * The first rows of an order without sorting them all: a heap holds the best {@code startAt + maxResults} rows seen
 * so far with the worst on top, so each further row costs one comparison unless it beats that worst one. Only the
 * kept rows are sorted at the end. The order is total, so the rows may be walked in either direction.
 */
final class TopRows implements IntConsumer {
    private final RowOrder order;
    private final int[] heap;
    private int size;

    private TopRows(RowOrder order, int capacity) {
        this.order = order;
        this.heap = new int[capacity];
    }

    /** The rows at places {@code startAt .. startAt + maxResults - 1} of {@code order} among {@code rows}. */
    static int[] page(RowSet rows, RowOrder order, int startAt, int maxResults) {
        int count = rows.count();
        long end = Math.min((long) startAt + maxResults, count);
        if (startAt >= end) {
            return new int[0];
        }
        TopRows top = new TopRows(order, (int) end);
        // Rows are mostly in the order issues were written, so a newest-first order finds its best rows at the end:
        // walking from the side the order prefers, most later rows lose to the heap's worst in one comparison.
        if (order.compare(rows.last(), rows.first()) < 0) {
            rows.forEachDescending(top);
        } else {
            rows.forEach(top);
        }
        return Arrays.copyOfRange(top.drain(), startAt, (int) end);
    }

    @Override
    public void accept(int row) {
        if (size < heap.length) {
            heap[size] = row;
            up(size++);
        } else if (order.compare(row, heap[0]) < 0) {
            heap[0] = row;
            down(0);
        }
    }

    /** Empties the heap, worst first, into the kept rows in order. */
    private int[] drain() {
        int[] sorted = new int[size];
        for (int i = size - 1; i >= 0; i--) {
            sorted[i] = heap[0];
            heap[0] = heap[--size];
            down(0);
        }
        return sorted;
    }

    private void up(int at) {
        int row = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (order.compare(heap[parent], row) >= 0) {
                break;
            }
            heap[at] = heap[parent];
            at = parent;
        }
        heap[at] = row;
    }

    private void down(int at) {
        int row = heap[at];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < size && order.compare(heap[right], heap[child]) > 0) {
                child = right;
            }
            if (order.compare(row, heap[child]) >= 0) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = row;
    }
}
