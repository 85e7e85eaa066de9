package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The change table holds each row's changes of the tracked columns, coded like the issue columns. */
class ChangeTableTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final List<Column> COLUMNS = List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS,
            Column.ASSIGNEE, Column.CREATED, AMOUNT, CLOSE);
    private static final Set<Column> TRACKED = Set.of(Column.STATUS, Column.ASSIGNEE, AMOUNT, CLOSE);
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static IssueRecord deal(String key, String status, String amount) {
        return IssueRecord.builder(key, "SALES").type("Deal").status(status, StatusCategory.IN_PROGRESS)
                .assignee("alice").created(T0).updated(T0).field(AMOUNT.id(), FieldValue.number(amount))
                .field(CLOSE.id(), FieldValue.date(LocalDate.of(2026, 4, 30))).build();
    }

    private static IssueTable table() {
        return IssueTable.of(BERLIN, COLUMNS, List.of(deal("SALES-1", "Proposal", "1200"),
                deal("SALES-2", "Negotiation", "80.5"), deal("SALES-3", "Proposal", "10")));
    }

    private static List<IssueHistory> histories() {
        return List.of(
                IssueHistory.of("SALES-1", T0.plusMillis(900), List.of(
                        Change.of(T0.plusSeconds(3_600), "status", "Discovery", "Proposal", "bob"),
                        // Not tracked: ignored.
                        Change.of(T0.plusSeconds(3_700), "priority", "Low", "High", "bob"),
                        Change.of(T0.plusSeconds(7_200), "customfield_10010", "1000", "1200.00", "bob"))),
                IssueHistory.of("SALES-2", T0, List.of(
                        Change.of(T0.plusSeconds(60), "customfield_10050", "2026-03-31", "2026-04-30", "bob"),
                        Change.of(T0.plusSeconds(30), "assignee", "carol", "alice", "bob"),
                        Change.of(T0.plusSeconds(90), "status", "Proposal", "Negotiation", null))),
                IssueHistory.unknown("SALES-3", T0));
    }

    @Test
    void holdsTheTrackedChangesOfEachRowInTimeOrder() {
        IssueTable table = table();
        ChangeTable changes = ChangeTable.of(table, TRACKED, histories());

        assertThat(changes.tracked()).isEqualTo(TRACKED);
        assertThat(changes.size()).isEqualTo(3);
        // Row 0: status and amount (priority is not tracked); row 1: three changes; row 2 unknown.
        assertThat(changes.changeCount()).isEqualTo(5);
        assertThat(changes.knownRows()).isEqualTo(2);
        assertThat(changes.known(2)).isFalse();
        assertThat(changes.start(0)).isZero();
        assertThat(changes.end(0)).isEqualTo(2);
        assertThat(changes.start(1)).isEqualTo(2);
        assertThat(changes.end(1)).isEqualTo(5);
        assertThat(changes.start(2)).isEqualTo(changes.end(2));

        // Creation at second precision: 09:00:00.900 is kept as 09:00:00.
        assertThat(changes.created(0)).isEqualTo(T0);
        assertThat(changes.column(0)).isEqualTo(Column.STATUS);
        assertThat(changes.atSecond(0)).isEqualTo(T0.getEpochSecond() + 3_600);
        // "Discovery" is in no row now: history extends the dictionary after the table's values.
        assertThat(changes.text(Column.STATUS, changes.fromCode(0))).isEqualTo("Discovery");
        assertThat(changes.codeOf(Column.STATUS, "Discovery")).isEqualTo(table.codes(Column.STATUS).cardinality());
        assertThat(changes.toCode(0)).isEqualTo(table.codes(Column.STATUS).codeOf("Proposal"));
        assertThat(changes.number(AMOUNT, changes.fromCode(1))).contains(new BigDecimal("1000"));
        assertThat(changes.number(AMOUNT, changes.toCode(1)).orElseThrow()).isEqualByComparingTo("1200");

        // Row 1's changes come sorted by time: assignee (30 s), close date (60 s), status (90 s).
        assertThat(List.of(changes.column(2), changes.column(3), changes.column(4)))
                .containsExactly(Column.ASSIGNEE, CLOSE, Column.STATUS);
        assertThat(changes.text(Column.ASSIGNEE, changes.fromCode(2))).isEqualTo("carol");
        assertThat(LocalDate.ofEpochDay(changes.fromCode(3))).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(LocalDate.ofEpochDay(changes.toCode(3))).isEqualTo(LocalDate.of(2026, 4, 30));

        // 13 bytes per change (int second, byte column, int from, int to) plus 4 per row start and 4 per row end
        // (3 rows).
        assertThat(changes.changeBytes()).isEqualTo(13L * 5 + 4L * 3 + 4L * 3);
    }

    @Test
    void pagesMakeTheSameTableAsOneList() {
        IssueTable table = table();
        List<IssueHistory> all = histories();
        ChangeTable paged = ChangeTable.builder(table, TRACKED).addAll(all.subList(0, 1))
                .addAll(all.subList(1, 3)).build();
        ChangeTable whole = ChangeTable.of(table, TRACKED, all);
        assertThat(paged.changeCount()).isEqualTo(whole.changeCount());
        for (int i = 0; i < whole.changeCount(); i++) {
            assertThat(paged.atSecond(i)).isEqualTo(whole.atSecond(i));
            assertThat(paged.column(i)).isEqualTo(whole.column(i));
            assertThat(paged.fromCode(i)).isEqualTo(whole.fromCode(i));
            assertThat(paged.toCode(i)).isEqualTo(whole.toCode(i));
        }
    }

    @Test
    void theTableCarriesItsHistoryAndSharesItsColumns() {
        IssueTable table = table();
        assertThat(table.history()).isEmpty();
        ChangeTable changes = ChangeTable.of(table, TRACKED, histories());
        IssueTable withHistory = table.withHistory(changes);
        assertThat(withHistory.history()).containsSame(changes);
        assertThat(withHistory.codes(Column.STATUS)).isSameAs(table.codes(Column.STATUS));
        assertThat(withHistory.numbers(AMOUNT)).isSameAs(table.numbers(AMOUNT));
        IssueTable other = IssueTable.of(BERLIN, COLUMNS, List.of(deal("SALES-1", "Proposal", "1")));
        assertThatThrownBy(() -> other.withHistory(changes)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 rows");
    }

    @Test
    void rejectsHistoriesThatDoNotMatchTheRows() {
        IssueTable table = table();
        List<IssueHistory> all = histories();
        assertThatThrownBy(() -> ChangeTable.of(table, TRACKED, all.subList(0, 2)))
                .hasMessageContaining("histories of 2 rows given for a table of 3");
        List<IssueHistory> more = new ArrayList<>(all);
        more.add(IssueHistory.unknown("SALES-4", T0));
        assertThatThrownBy(() -> ChangeTable.of(table, TRACKED, more)).hasMessageContaining("more histories");
        List<IssueHistory> swapped = List.of(all.get(1), all.get(0), all.get(2));
        assertThatThrownBy(() -> ChangeTable.of(table, TRACKED, swapped))
                .hasMessageContaining("SALES-2").hasMessageContaining("SALES-1");
    }

    @Test
    void aBadValueNamesTheIssueAndTheField() {
        IssueTable table = table();
        List<IssueHistory> bad = List.of(
                IssueHistory.of("SALES-1", T0, List.of(Change.of(T0, "customfield_10010", "1,200", "1300", null))),
                IssueHistory.of("SALES-2", T0, List.of()), IssueHistory.of("SALES-3", T0, List.of()));
        assertThatThrownBy(() -> ChangeTable.of(table, TRACKED, bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SALES-1").hasMessageContaining("customfield_10010").hasMessageContaining("1,200");
        List<IssueHistory> badDate = List.of(IssueHistory.of("SALES-1", T0, List.of()),
                IssueHistory.of("SALES-2", T0, List.of(Change.of(T0, "customfield_10050", null, "31/03/2026", null))),
                IssueHistory.of("SALES-3", T0, List.of()));
        assertThatThrownBy(() -> ChangeTable.of(table, TRACKED, badDate))
                .hasMessageContaining("SALES-2").hasMessageContaining("customfield_10050");
    }

    @Test
    void visitsStartAtCreationInTheInitialValue() {
        IssueTable table = table();
        ChangeTable changes = ChangeTable.of(table, TRACKED, histories());
        List<String> seen = new ArrayList<>();
        long base = T0.getEpochSecond();
        changes.visits(0, Column.STATUS, Long.MAX_VALUE, (code, in, out) -> seen.add(
                changes.text(Column.STATUS, code) + " " + (in - base) + ".." + (out == ChangeTable.OPEN ? "" : out - base)));
        assertThat(seen).containsExactly("Discovery 0..3600", "Proposal 3600..");
        seen.clear();
        // Up to an instant before the move: the first visit is still open then.
        changes.visits(0, Column.STATUS, base + 100, (code, in, out) -> seen.add(
                changes.text(Column.STATUS, code) + (out == ChangeTable.OPEN ? " open" : " closed")));
        assertThat(seen).containsExactly("Discovery open");
        seen.clear();
        // No change: one open visit to the current status.
        changes.visits(2, Column.STATUS, Long.MAX_VALUE, (code, in, out) -> seen.add(changes.text(Column.STATUS, code)));
        assertThat(seen).containsExactly("Proposal");
    }
}
