package org.saleskpi.core.metric;

/** A metric computed straight from rows: accumulated batch by batch, then read per group and slot. */
abstract class Leaf {
    final SharedSelection selection;
    /** Group code of each batch row, or null when the result is not grouped. */
    final int[] groups;
    final int groupCount;
    final int bins;

    Leaf(SharedSelection selection, int[] groups, int groupCount, int bins) {
        this.selection = selection;
        this.groups = groups;
        this.groupCount = groupCount;
        this.bins = bins;
    }

    /** Adds the selected rows of the current batch. */
    abstract void accumulate(int[] rows, int n);

    /** Called once after the last batch. */
    abstract void finish();

    /** The value for a group code in a slot (0 = the period before the first asked one). */
    abstract Value value(int group, int slot);

    final int group(int row) {
        return groups == null ? 0 : groups[row];
    }
}
