package org.saleskpi.server.issues;

import java.time.ZoneId;
import java.util.Set;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.issue.Column;

/**
 * The server's index of its stored issues, holding beside its rows the changes the store records (ADR 0042), so a
 * history gadget slices them from memory instead of reading the change table per request. The custom fields the
 * store defines are held too, from their definition on.
 */
public final class TrackedIndex {
    /**
     * The system columns whose changes the store records ({@link IssueDiff}; a synced or demo history names the same
     * ids). Every other system column a history could ask for is fixed at creation or derived from one of these.
     */
    public static final Set<Column> SYSTEM = Set.of(Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
            Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER, Column.DUE);

    private TrackedIndex() {
    }

    /** An empty index that holds the changes of the recorded columns, date values counted in {@code zone}. */
    public static IssueIndex empty(ZoneId zone) {
        IssueIndex index = new IssueIndex();
        index.trackChanges(SYSTEM, zone);
        return index;
    }
}
