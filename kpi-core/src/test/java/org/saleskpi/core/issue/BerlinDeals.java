package org.saleskpi.core.issue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * Five deals in Berlin with their history, for hand-worked tests of past states. The clocks went from
 * 02:00 CET to 03:00 CEST on 29 March 2026 (01:00 UTC).
 *
 * <pre>
 * SALES-1 created 03-02 09:00Z Prospecting 1000 alice; 03-10 Proposal; 03-20 back to Prospecting;
 *         03-25 amount 1500; 04-02 Proposal again (a stage visited twice). Now Proposal 1500.
 * SALES-2 created 03-01 in Discovery (no issue is in it now); 03-05 08:00Z Prospecting;
 *         03-29 00:30Z Negotiation, skipping Proposal; 03-29 01:30Z rep carol -> bob. Now Negotiation 800 bob.
 * SALES-3 created 02-15 Negotiation 2000; 03-28 23:30Z Won/Done (00:30 CET on the 29th in Berlin);
 *         04-03 reopened (Negotiation, no resolution); 04-10 09:00Z Won/Done again. Now Won, resolved 04-10.
 * SALES-4 created 04-05 10:00Z Prospecting 300 (does not exist before).
 * SALES-5 created 01-10 Proposal 50; its host knows no history.
 * </pre>
 */
public final class BerlinDeals {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    public static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    public static final List<Column> COLUMNS = List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
            Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.CREATED, Column.UPDATED,
            Column.RESOLVED, AMOUNT, CLOSE);
    public static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT, CLOSE);

    /** The DST switch itself: 01:00 UTC = 03:00 CEST on 29 March. */
    public static final Instant SWITCH = Instant.parse("2026-03-29T01:00:00Z");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static IssueRecord deal(String key, String status, StatusCategory category, String amount, String rep,
            String created, String updated) {
        return IssueRecord.builder(key, "SALES").type("Deal").status(status, category).assignee(rep)
                .created(at(created)).updated(at(updated)).field(AMOUNT.id(), FieldValue.number(amount))
                .field(CLOSE.id(), FieldValue.date(LocalDate.of(2026, 4, 30))).build();
    }

    public static IssueTable table() {
        IssueRecord won = IssueRecord.builder("SALES-3", "SALES").type("Deal").status("Won", StatusCategory.DONE)
                .resolution("Done").assignee("alice").created(at("2026-02-15T12:00:00Z"))
                .updated(at("2026-04-10T09:00:00Z")).resolved(at("2026-04-10T09:00:00Z"))
                .field(AMOUNT.id(), FieldValue.number("2000")).build();
        List<IssueRecord> deals = List.of(
                deal("SALES-1", "Proposal", StatusCategory.IN_PROGRESS, "1500", "alice", "2026-03-02T09:00:00Z",
                        "2026-04-02T10:00:00Z"),
                deal("SALES-2", "Negotiation", StatusCategory.IN_PROGRESS, "800", "bob", "2026-03-01T08:00:00Z",
                        "2026-03-29T01:30:00Z"),
                won,
                deal("SALES-4", "Prospecting", StatusCategory.TO_DO, "300", "bob", "2026-04-05T10:00:00Z",
                        "2026-04-05T10:00:00Z"),
                deal("SALES-5", "Proposal", StatusCategory.IN_PROGRESS, "50", "carol", "2026-01-10T10:00:00Z",
                        "2026-01-10T10:00:00Z"));
        IssueTable table = IssueTable.of(BERLIN, COLUMNS, deals);
        return table.withHistory(ChangeTable.of(table, TRACKED, histories()));
    }

    public static List<IssueHistory> histories() {
        return List.of(
                IssueHistory.of("SALES-1", at("2026-03-02T09:00:00Z"), List.of(
                        status("2026-03-10T10:00:00Z", "Prospecting", "Proposal"),
                        status("2026-03-20T10:00:00Z", "Proposal", "Prospecting"),
                        Change.of(at("2026-03-25T10:00:00Z"), AMOUNT.id(), "1000", "1500", "alice"),
                        status("2026-04-02T10:00:00Z", "Prospecting", "Proposal"))),
                IssueHistory.of("SALES-2", at("2026-03-01T08:00:00Z"), List.of(
                        status("2026-03-05T08:00:00Z", "Discovery", "Prospecting"),
                        status("2026-03-29T00:30:00Z", "Prospecting", "Negotiation"),
                        Change.of(at("2026-03-29T01:30:00Z"), "assignee", "carol", "bob", "admin"))),
                IssueHistory.of("SALES-3", at("2026-02-15T12:00:00Z"), List.of(
                        status("2026-03-28T23:30:00Z", "Negotiation", "Won"),
                        Change.of(at("2026-03-28T23:30:00Z"), "resolution", null, "Done", "alice"),
                        status("2026-04-03T09:00:00Z", "Won", "Negotiation"),
                        Change.of(at("2026-04-03T09:00:00Z"), "resolution", "Done", null, "alice"),
                        status("2026-04-10T09:00:00Z", "Negotiation", "Won"),
                        Change.of(at("2026-04-10T09:00:00Z"), "resolution", null, "Done", "alice"))),
                IssueHistory.of("SALES-4", at("2026-04-05T10:00:00Z"), List.of()),
                IssueHistory.unknown("SALES-5", at("2026-01-10T10:00:00Z")));
    }

    private static Change status(String when, String from, String to) {
        return Change.of(at(when), "status", from, to, "alice");
    }

    private BerlinDeals() {
    }
}
