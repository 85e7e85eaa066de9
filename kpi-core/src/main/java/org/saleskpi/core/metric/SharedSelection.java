package org.saleskpi.core.metric;

/** The rows of the current batch that pass one filter, computed once however many leaves use it. */
final class SharedSelection {
    private final Selector selector;
    private final Batch batch;
    final int[] rows = new int[Batch.SIZE];
    private int size;
    private int stamp = -1;

    SharedSelection(Selector selector, Batch batch) {
        this.selector = selector;
        this.batch = batch;
    }

    /** Number of selected rows of the current batch, now in {@link #rows}. */
    int select() {
        if (stamp != batch.stamp) {
            size = selector.select(batch.all, batch.size, rows);
            stamp = batch.stamp;
        }
        return size;
    }
}
