package org.saleskpi.server.imports;

import java.util.List;

/**
 * What an import did: rows read from the file, issues created, updated and found unchanged, and
 * the rows left out with their reasons.
 */
public record ImportReport(int read, int created, int updated, int unchanged, List<SkippedRow> skipped) {
    public ImportReport {
        skipped = List.copyOf(skipped);
    }
}
