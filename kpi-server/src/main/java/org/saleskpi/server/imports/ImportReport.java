package org.saleskpi.server.imports;

import java.util.List;

/**
 * What an import did: rows read from the file, issues created, updated and found unchanged, the
 * rows left out with their reasons, and how many of the issues it created came without a known
 * history (a Jira CSV export carries none: the KPIs that need the past say "no history" for them).
 */
public record ImportReport(int read, int created, int updated, int unchanged, List<SkippedRow> skipped,
        int withoutHistory) {
    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
