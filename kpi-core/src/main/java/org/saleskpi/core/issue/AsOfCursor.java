package org.saleskpi.core.issue;

import java.time.Instant;

/**
 * As-of tables of one change table for a run of instants (a trend's bucket ends): each table is
 * made from the previous one by replaying only the rows whose state differs between the two instants
 * (created, changed, or resolved/updated between them), the rest kept as they are; an instant earlier than the
 * previous one is built from scratch. Every table equals {@link ChangeTable#asOf} at its instant.
 * Holds the last table; not for use by several threads at once. See
 * docs/adr/0026-change-table-and-as-of.md, "As-of over many instants".
 */
public final class AsOfCursor {
    private final ChangeTable changes;
    private AsOf.Snapshot last;

    AsOfCursor(ChangeTable changes) {
        this.changes = changes;
    }

    /** The table as it was at {@code t}, as {@link ChangeTable#asOf(Instant)} gives it. */
    public IssueTable asOf(Instant t) {
        AsOf.Snapshot previous = last;
        // The next build updates the previous arrays in place: if it fails, none is kept half updated.
        last = null;
        last = AsOf.next(changes, t, previous);
        return last.table;
    }
}
