package org.saleskpi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.saleskpi.jira.cache.CacheStatus;
import org.saleskpi.jira.cache.JiraIssueCache;
import org.saleskpi.jira.simulated.JiraWork;
import org.saleskpi.jira.simulated.SimulatedJira;

/**
 * One build of the node's cache, timed, with the work it asked of Jira and its size: the bytes the cache reports
 * holding, else the heap it added (measured between two collections, so only a rough figure).
 */
record CacheBuild(long millis, CacheStatus status, JiraWork.Snapshot work, long heapBytes) {

    static CacheBuild of(JiraIssueCache cache, SimulatedJira jira) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        JiraWork.Snapshot before = jira.work().snapshot();
        long start = System.nanoTime();
        cache.rebuild();
        long millis = (System.nanoTime() - start) / 1_000_000;
        JiraWork.Snapshot work = jira.work().snapshot().minus(before);
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed() - heapBefore;
        return new CacheBuild(millis, cache.status(), work, heap);
    }

    double bytesPerIssue() {
        long rows = Math.max(1, status.issues());
        return (status.bytes() > 0 ? status.bytes() : heapBytes) / (double) rows;
    }

    String bytesNote() {
        return status.bytes() > 0 ? "as the cache counts its columns, heap delta " + heapBytes / Math.max(1,
                status.issues()) + " bytes per issue" : "heap delta of the build: the cache reports no size";
    }
}
