package org.saleskpi.bench.load;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.demo.DemoIssues;
import org.saleskpi.server.demo.DemoLoader;

/**
 * What the server's issue index alone takes of the heap, measured, not estimated: the demo's issues as the server's
 * first start writes them (its fields, its summaries and labels) upserted into an index of their own in this JVM, the
 * used heap after full collections taken before and after. Without the change log, which is counted apart.
 *
 * @param measuredBytes the used heap the index adds, after full collections
 * @param arrayBytes what the index counts for its per-row arrays ({@link IssueIndex#arrayBytes()})
 * @param textBytes what its summaries and descriptions take as it counts them
 */
record IndexFootprint(long measuredBytes, long arrayBytes, long textBytes) {
    private static final int BATCH = 5_000;

    static IndexFootprint measure(int issues, Clock clock) throws InterruptedException {
        long before = HeapWatch.usedAfterFullGc();
        IssueIndex index = new IssueIndex();
        DemoLoader.FIELDS.forEach(index::defineField);
        List<IndexedIssue> batch = new ArrayList<>(BATCH);
        DemoIssues.generate(DemoLoader.spec(clock.instant(), clock.getZone(), issues), record -> {
            batch.add(DemoLoader.describe(record, clock.getZone()));
            if (batch.size() == BATCH) {
                index.upsert(batch);
                batch.clear();
            }
        });
        index.upsert(batch);
        batch.clear();
        long after = HeapWatch.usedAfterFullGc();
        long texts = index.read(columns -> columns.summary().bytes() + columns.description().bytes());
        IndexFootprint footprint = new IndexFootprint(after - before, index.arrayBytes(), texts);
        // The index must stay reachable until the heap was measured with it.
        if (index.size() != issues) {
            throw new IllegalStateException(index.size() + " issues indexed of " + issues);
        }
        return footprint;
    }
}
