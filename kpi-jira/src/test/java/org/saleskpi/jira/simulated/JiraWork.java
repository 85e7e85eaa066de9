package org.saleskpi.jira.simulated;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated Jira was asked to do, counted since it started: search requests (each page is one), count
 * requests, issue objects materialised by searches, issues whose change history was read, and the time a real node
 * would have spent ({@link JiraCost}). Read a {@link #snapshot()} before and after a piece of work and subtract.
 */
public final class JiraWork {
    private final AtomicLong searches = new AtomicLong();
    private final AtomicLong counts = new AtomicLong();
    private final AtomicLong issues = new AtomicLong();
    private final AtomicLong histories = new AtomicLong();
    private final AtomicLong charged = new AtomicLong();

    void search(int materialised, long nanos) {
        searches.incrementAndGet();
        issues.addAndGet(materialised);
        charged.addAndGet(nanos);
    }

    void count() {
        counts.incrementAndGet();
    }

    void histories(int issueCount) {
        histories.addAndGet(issueCount);
    }

    public Snapshot snapshot() {
        return new Snapshot(searches.get(), counts.get(), issues.get(), histories.get(), charged.get());
    }

    /** The counters at one moment; {@link #minus} gives the work between two. */
    public record Snapshot(long searches, long counts, long issuesMaterialised, long historiesRead, long chargedNanos) {
        public Snapshot minus(Snapshot before) {
            return new Snapshot(searches - before.searches, counts - before.counts,
                    issuesMaterialised - before.issuesMaterialised, historiesRead - before.historiesRead,
                    chargedNanos - before.chargedNanos);
        }
    }
}
