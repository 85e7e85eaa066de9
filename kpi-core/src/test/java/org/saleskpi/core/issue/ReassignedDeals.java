package org.saleskpi.core.issue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * Five deals in Berlin whose reps and stages moved, for hand-worked tests of grouping by the values the
 * issues held then: two reps (dave, erin) and two statuses (Discovery, Qualification) that no issue holds
 * today. Every instant is mid-month, far from the month ends.
 *
 * <pre>
 * D-1 created 01-05 dave Prospecting 1000; 02-10 rep dave -> bob; 03-15 Proposal.    Now bob   Proposal    1000
 * D-2 created 01-20 dave Discovery    400; 02-20 Prospecting; 02-25 rep dave -> alice. Now alice Prospecting 400
 * D-3 created 02-05 erin Qualification 700; 03-05 Won (resolution Done); 03-10 rep erin -> bob.
 *                                                                                   Now bob   Won          700
 * D-4 created 03-20 frank Proposal 250 (does not exist before).                     Now frank Proposal     250
 * D-5 created 01-10 with no rep, Prospecting 100; 02-15 rep alice.                  Now alice Prospecting  100
 * </pre>
 */
public final class ReassignedDeals {
    public static final List<Column> COLUMNS = List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
            Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.CREATED, Column.UPDATED,
            Column.RESOLVED, BerlinDeals.AMOUNT);
    public static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE,
            BerlinDeals.AMOUNT);

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static IssueRecord.Builder deal(String key, String status, StatusCategory category, String amount,
            String rep, String created, String updated) {
        return IssueRecord.builder(key, "SALES").type("Deal").status(status, category).assignee(rep)
                .created(at(created)).updated(at(updated)).field(BerlinDeals.AMOUNT.id(), FieldValue.number(amount));
    }

    /** Today's deals, without their history. */
    public static IssueTable today() {
        return IssueTable.of(BerlinDeals.BERLIN, COLUMNS, List.of(
                deal("D-1", "Proposal", StatusCategory.IN_PROGRESS, "1000", "bob", "2026-01-05T09:00:00Z",
                        "2026-03-15T10:00:00Z").build(),
                deal("D-2", "Prospecting", StatusCategory.TO_DO, "400", "alice", "2026-01-20T09:00:00Z",
                        "2026-02-25T10:00:00Z").build(),
                deal("D-3", "Won", StatusCategory.DONE, "700", "bob", "2026-02-05T09:00:00Z", "2026-03-10T10:00:00Z")
                        .resolution("Done").resolved(at("2026-03-05T10:00:00Z")).build(),
                deal("D-4", "Proposal", StatusCategory.IN_PROGRESS, "250", "frank", "2026-03-20T09:00:00Z",
                        "2026-03-20T09:00:00Z").build(),
                deal("D-5", "Prospecting", StatusCategory.TO_DO, "100", "alice", "2026-01-10T09:00:00Z",
                        "2026-02-15T10:00:00Z").build()));
    }

    /** Today's deals with their history attached. */
    public static IssueTable table() {
        IssueTable table = today();
        return table.withHistory(ChangeTable.of(table, TRACKED, histories()));
    }

    public static List<IssueHistory> histories() {
        return List.of(
                IssueHistory.of("D-1", at("2026-01-05T09:00:00Z"), List.of(
                        rep("2026-02-10T10:00:00Z", "dave", "bob"),
                        status("2026-03-15T10:00:00Z", "Prospecting", "Proposal"))),
                IssueHistory.of("D-2", at("2026-01-20T09:00:00Z"), List.of(
                        status("2026-02-20T10:00:00Z", "Discovery", "Prospecting"),
                        rep("2026-02-25T10:00:00Z", "dave", "alice"))),
                IssueHistory.of("D-3", at("2026-02-05T09:00:00Z"), List.of(
                        status("2026-03-05T10:00:00Z", "Qualification", "Won"),
                        Change.of(at("2026-03-05T10:00:00Z"), "resolution", null, "Done", "erin"),
                        rep("2026-03-10T10:00:00Z", "erin", "bob"))),
                IssueHistory.of("D-4", at("2026-03-20T09:00:00Z"), List.of()),
                IssueHistory.of("D-5", at("2026-01-10T09:00:00Z"), List.of(
                        rep("2026-02-15T10:00:00Z", null, "alice"))));
    }

    private static Change status(String when, String from, String to) {
        return Change.of(at(when), "status", from, to, "admin");
    }

    private static Change rep(String when, String from, String to) {
        return Change.of(at(when), "assignee", from, to, "admin");
    }

    private ReassignedDeals() {
    }
}
