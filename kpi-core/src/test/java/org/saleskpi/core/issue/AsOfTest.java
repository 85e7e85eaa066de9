package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * The table as of an instant, worked by hand over five deals in Berlin, where the clocks went from
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
class AsOfTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final List<Column> COLUMNS = List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
            Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.CREATED, Column.UPDATED,
            Column.RESOLVED, AMOUNT, CLOSE);
    private static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT, CLOSE);

    /** The DST switch itself: 01:00 UTC = 03:00 CEST on 29 March. */
    private static final Instant SWITCH = Instant.parse("2026-03-29T01:00:00Z");

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static IssueRecord deal(String key, String status, StatusCategory category, String amount, String rep,
            String created, String updated) {
        return IssueRecord.builder(key, "SALES").type("Deal").status(status, category).assignee(rep)
                .created(at(created)).updated(at(updated)).field(AMOUNT.id(), FieldValue.number(amount))
                .field(CLOSE.id(), FieldValue.date(LocalDate.of(2026, 4, 30))).build();
    }

    static IssueTable table() {
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

    static List<IssueHistory> histories() {
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

    private static String text(IssueTable table, Column column, int row) {
        return (String) table.cell(column, row);
    }

    @Test
    void atTheDaylightSavingSwitchEachDealIsInItsStateOfThatInstant() {
        IssueTable table = table();
        IssueTable asOf = table.history().orElseThrow().asOf(SWITCH);

        // SALES-1 went back to Prospecting on 03-20; its amount was raised to 1500 on 03-25.
        assertThat(text(asOf, Column.STATUS, 0)).isEqualTo("Prospecting");
        assertThat(asOf.numbers(AMOUNT).value(0).orElseThrow()).isEqualByComparingTo("1500");
        // SALES-2 skipped Proposal at 00:30Z; carol handed it to bob only at 01:30Z, after the switch.
        assertThat(text(asOf, Column.STATUS, 1)).isEqualTo("Negotiation");
        assertThat(text(asOf, Column.ASSIGNEE, 1)).isEqualTo("carol");
        // SALES-3 was won at 23:30Z on the 28th, which is 00:30 CET on the 29th in Berlin.
        assertThat(text(asOf, Column.STATUS, 2)).isEqualTo("Won");
        assertThat(text(asOf, Column.RESOLUTION, 2)).isEqualTo("Done");
        assertThat(asOf.dates(Column.RESOLVED).date(2)).contains(LocalDate.of(2026, 3, 29));
        assertThat(text(asOf, Column.STATUS_CATEGORY, 2)).isEqualTo(StatusCategory.DONE.jiraKey());
        // SALES-4 does not exist yet: no issue type, no status, no amount.
        assertThat(text(asOf, Column.ISSUE_TYPE, 3)).isEmpty();
        assertThat(text(asOf, Column.STATUS, 3)).isEmpty();
        assertThat(asOf.numbers(AMOUNT).value(3)).isEmpty();
        // SALES-5's past is unknown: it keeps today's values.
        assertThat(text(asOf, Column.STATUS, 4)).isEqualTo("Proposal");
        assertThat(asOf.numbers(AMOUNT).value(4).orElseThrow()).isEqualByComparingTo("50");
        // Updated: SALES-1's last change up to then is the amount on 03-25; SALES-5 keeps 01-10.
        assertThat(asOf.dates(Column.UPDATED).date(0)).contains(LocalDate.of(2026, 3, 25));
        assertThat(asOf.dates(Column.UPDATED).date(4)).contains(LocalDate.of(2026, 1, 10));
    }

    @Test
    void untrackedColumnsAreSharedNotCopied() {
        IssueTable table = table();
        IssueTable asOf = table.history().orElseThrow().asOf(SWITCH);
        assertThat(asOf.codes(Column.PROJECT)).isSameAs(table.codes(Column.PROJECT));
        assertThat(asOf.dates(Column.CREATED)).isSameAs(table.dates(Column.CREATED));
        assertThat(asOf.keys()).isSameAs(table.keys());
        // No row is created after 04-20, so the issue types are shared too.
        assertThat(table.history().orElseThrow().asOf(at("2026-04-20T00:00:00Z")).codes(Column.ISSUE_TYPE))
                .isSameAs(table.codes(Column.ISSUE_TYPE));
    }

    @Test
    void aDealReopenedAfterBeingWonIsOpenInBetween() {
        IssueTable asOf = table().history().orElseThrow().asOf(at("2026-04-05T00:00:00Z"));
        assertThat(text(asOf, Column.STATUS, 2)).isEqualTo("Negotiation");
        assertThat(text(asOf, Column.RESOLUTION, 2)).isEmpty();
        assertThat(asOf.dates(Column.RESOLVED).date(2)).isEmpty();
        // SALES-1 is in Proposal for the second time; SALES-4 is created later that day.
        assertThat(text(asOf, Column.STATUS, 0)).isEqualTo("Proposal");
        assertThat(text(asOf, Column.ISSUE_TYPE, 3)).isEmpty();
        // After the second win the resolved date is that of the second win.
        IssueTable later = table().history().orElseThrow().asOf(at("2026-04-10T09:00:00Z"));
        assertThat(later.dates(Column.RESOLVED).date(2)).contains(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aStatusNoIssueIsInNowStillMatchesFilters() {
        IssueTable table = table();
        assertThat(table.codes(Column.STATUS).codeOf("Discovery")).isEqualTo(-1);
        // 03-04: SALES-2 is still in Discovery, SALES-1 in Prospecting with its first amount.
        IssueTable asOf = table.history().orElseThrow().asOf(at("2026-03-04T00:00:00Z"));
        assertThat(text(asOf, Column.STATUS, 1)).isEqualTo("Discovery");
        assertThat(text(asOf, Column.STATUS_CATEGORY, 1)).isEmpty();
        assertThat(asOf.numbers(AMOUNT).value(0).orElseThrow()).isEqualByComparingTo("1000");
        SalesCalendar calendar = SalesCalendar.of(BERLIN);
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(MetricEngine.evaluate(asOf, calendar,
                Metric.count(Filter.in(Column.STATUS, Set.of("Discovery")), When.always()), march).asNumber())
                .contains(BigDecimal.ONE);
        // Deals that exist on 04-05 at noon: all five; at midnight SALES-4 does not match "Deal" yet.
        Metric deals = Metric.count(Filter.in(Column.ISSUE_TYPE, Set.of("Deal")), When.always());
        assertThat(MetricEngine.evaluate(table.history().orElseThrow().asOf(at("2026-04-05T00:00:00Z")), calendar,
                deals, march).asNumber()).contains(BigDecimal.valueOf(4));
        assertThat(MetricEngine.evaluate(table.history().orElseThrow().asOf(at("2026-04-05T12:00:00Z")), calendar,
                deals, march).asNumber()).contains(BigDecimal.valueOf(5));
    }

    @Test
    void anAsOfTablesHistoryEndsAtItsInstant() {
        IssueTable asOf = table().history().orElseThrow().asOf(SWITCH);
        ChangeTable past = asOf.history().orElseThrow();
        assertThat(past.limit()).contains(SWITCH);
        // Asking it for a later instant gives the state at its own instant: nothing after it leaks.
        IssueTable later = past.asOf(at("2026-05-01T00:00:00Z"));
        assertThat(text(later, Column.STATUS, 2)).isEqualTo("Won");
        assertThat(text(later, Column.ASSIGNEE, 1)).isEqualTo("carol");
        assertThat(text(later, Column.ISSUE_TYPE, 3)).isEmpty();
        // SALES-3's changes up to the switch: the win and its resolution, not the reopening.
        assertThat(past.end(2) - past.start(2)).isEqualTo(2);
        List<String> visits = new ArrayList<>();
        past.visits(0, Column.STATUS, Long.MAX_VALUE, (code, in, out) -> visits.add(past.text(Column.STATUS, code)
                + (out == ChangeTable.OPEN ? " open" : "")));
        assertThat(visits).containsExactly("Prospecting", "Proposal", "Prospecting open");
    }
}
