package org.saleskpi.core.metric;

import java.util.Arrays;
import java.util.Optional;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * Per issue, how many times its close date was pushed while it was open, over its whole history (KPI-DEFINITIONS.md
 * row 14): {@value Metric.Pushes#SLIPPING_PUSHES} or more and an open deal is "slipping", a reason who's behind lists
 * it for. Lists of deals are no figure of the engine, so this reads the rows itself, by the engine's own rule.
 */
public final class PushCounts {
    /** The count of a row whose past the host does not know. */
    public static final int UNKNOWN = -1;

    private PushCounts() {
    }

    /**
     * The pushes of {@code date} made while the row passed {@code open}, per row ({@link #UNKNOWN} where its past is
     * not known); empty when the table has no known history or its history holds no change of {@code date}.
     */
    public static Optional<int[]> of(IssueTable table, Filter open, Column date) {
        ChangeTable changes = table.history().filter(h -> h.knownRows() > 0).orElse(null);
        if (changes == null || !changes.tracks(date)) {
            return Optional.empty();
        }
        PushReplay replay = new PushReplay(table, changes, open, date);
        int[] counts = new int[table.size()];
        Arrays.fill(counts, UNKNOWN);
        int[] total = new int[1];
        for (int row = 0; row < table.size(); row++) {
            if (!changes.known(row)) {
                continue;
            }
            total[0] = 0;
            replay.replay(row, (second, next, isOpen, pushes, days) -> total[0] += pushes);
            counts[row] = total[0];
        }
        return Optional.of(counts);
    }
}
