package org.saleskpi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Set;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * What an {@link IssueTable} costs per issue, two ways: counted from its arrays and dictionaries,
 * and measured as the heap it keeps alive (full GC before and after building it from the stream);
 * and how long building it took, generating the issues included and the measuring left out.
 */
public record TableFootprint(IssueTable table, long buildMillis, long countedBytes, long heapBytes,
        boolean heapReliable, String heapNote) {

    /** Readings of the settled heap may differ by this share of the table and still count as stable. */
    private static final double STABLE_SHARE = 0.01;

    /** Builds the workload's issues into a table of {@code columns} and measures it. */
    public static TableFootprint measure(Workload workload, Set<Column> columns) {
        // A small build first, so that class initialisation and interned constants are not charged to the table.
        Workload.of(workload.spec().seed(), 1_000, workload.zone()).buildTable(columns);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = settledHeap(memory);
        long start = System.nanoTime();
        IssueTable table = workload.buildTable(columns);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long after = settledHeap(memory);
        long again = settledHeap(memory);
        long counted = table.rowBytes() + table.dictionaryBytes();
        long heap = after - before;
        String note;
        boolean reliable;
        if (heap <= 0) {
            reliable = false;
            note = "the heap did not grow (" + heap + " bytes): GC noise exceeds the table";
        } else if (Math.abs(again - after) > STABLE_SHARE * heap) {
            reliable = false;
            note = "two readings after full GC differ by " + Math.abs(again - after) + " bytes";
        } else {
            reliable = true;
            note = "stable to " + Math.abs(again - after) + " bytes across two readings after full GC";
        }
        return new TableFootprint(table, buildMillis, counted, heap, reliable, note);
    }

    static long settledHeap(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        // Several collections: finalizable and weakly reachable objects need more than one to go.
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    public double countedPerIssue() {
        return (double) countedBytes / table.size();
    }

    public double heapPerIssue() {
        return (double) heapBytes / table.size();
    }

    /** The heap-measured figure when it is reliable, else the counted one. */
    public double bytesPerIssue() {
        return heapReliable ? heapPerIssue() : countedPerIssue();
    }
}
