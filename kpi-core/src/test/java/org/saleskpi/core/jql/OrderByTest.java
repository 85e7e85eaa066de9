package org.saleskpi.core.jql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.saleskpi.core.index.CustomField;
import org.saleskpi.core.index.IndexedIssue;
import org.saleskpi.core.index.IssueIndex;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.FieldValue;
import org.saleskpi.core.issue.IssueRecord;
import org.saleskpi.core.issue.StatusCategory;

/**
 * ORDER BY as Jira sorts: ascending unless DESC, key after key, and an empty value after every value ascending and
 * before every value descending (Jira's {@code MappedSortComparator} ranks a missing value above any other and its
 * Lucene sort reverses the whole comparison for DESC, in a public copy of its 5.x-era source; UNVERIFIED on 10.3 and
 * 11.3). Rows equal on every key come in key order (Jira leaves that order to its index: UNVERIFIED, so the
 * conformance suite always ends its ORDER BY with a unique key). The deals:
 * <pre>
 * key   created     Amount  Close date  assignee
 * D-1   2026-01-01  300     2026-04-10  ann
 * D-2   2026-01-02  -       2026-04-01  -
 * D-3   2026-01-03  100     -           bob
 * D-4   2026-01-04  300     2026-04-01  bob
 * D-5   2026-01-05  200     -           ann
 * D-9   2026-01-09  100     2026-05-01  -
 * D-10  2026-01-10  -       2026-04-10  ann
 * </pre>
 */
class OrderByTest {
    private static final CustomField AMOUNT = new CustomField("customfield_10010", "Amount", FieldType.NUMBER);
    private static final CustomField CLOSE = new CustomField("customfield_10050", "Close date", FieldType.DATE);
    private static final IssueIndex INDEX = index();

    static Stream<Arguments> orders() {
        return Stream.of(
                // 100 (D-3, D-9 by key), 200, 300 (D-1, D-4), then the empty D-2 and D-10.
                Arguments.of("ORDER BY Amount", "D-3 D-9 D-5 D-1 D-4 D-2 D-10"),
                Arguments.of("order by amount asc", "D-3 D-9 D-5 D-1 D-4 D-2 D-10"),
                // Empty first, then 300, 200, 100; ties still by key ascending.
                Arguments.of("ORDER BY Amount DESC", "D-2 D-10 D-1 D-4 D-5 D-3 D-9"),
                // 04-01: D-2 (empty, first in DESC), D-4; 04-10: D-10 (empty), D-1; 05-01: D-9; no date: D-5, D-3.
                Arguments.of("ORDER BY \"Close date\" ASC, Amount DESC", "D-2 D-4 D-10 D-1 D-9 D-5 D-3"),
                Arguments.of("ORDER BY \"Close date\" DESC, key DESC", "D-5 D-3 D-9 D-10 D-1 D-4 D-2"),
                // Keys sort by number within the project: D-10 after D-9.
                Arguments.of("ORDER BY key", "D-1 D-2 D-3 D-4 D-5 D-9 D-10"),
                Arguments.of("ORDER BY issuekey DESC", "D-10 D-9 D-5 D-4 D-3 D-2 D-1"),
                Arguments.of("ORDER BY created DESC", "D-10 D-9 D-5 D-4 D-3 D-2 D-1"),
                // Without ORDER BY: newest first.
                Arguments.of("", "D-10 D-9 D-5 D-4 D-3 D-2 D-1"),
                // The subset sorts people by user key (Jira by the name it shows: UNVERIFIED), the unassigned last.
                Arguments.of("ORDER BY assignee, Amount DESC", "D-10 D-1 D-5 D-4 D-3 D-2 D-9"),
                Arguments.of("ORDER BY assignee DESC, key", "D-2 D-9 D-3 D-4 D-1 D-5 D-10"),
                Arguments.of("Amount is not EMPTY ORDER BY Amount DESC, key DESC", "D-4 D-1 D-5 D-9 D-3"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("orders")
    void sortsAsJiraDoes(String jql, String expected) {
        assertThat(sorted(jql)).containsExactly(expected.split(" "));
    }

    @Test
    void aFieldWithoutAnOrderIsRefusedByName() {
        assertThatThrownBy(() -> sorted("ORDER BY labels"))
                .hasMessage("Field 'labels' does not support sorting.");
    }

    private static List<String> sorted(String jql) {
        JqlQuery query = JqlParser.parse(jql);
        JqlContext context = new JqlContext(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC, Optional.empty(),
                DayOfWeek.MONDAY);
        return INDEX.read(columns -> {
            RowSet rows = JqlFilter.select(query, columns, context);
            List<String> keys = new ArrayList<>();
            for (int row : JqlOrder.page(query, rows, columns, 0, Integer.MAX_VALUE)) {
                keys.add(columns.key(row));
            }
            return keys;
        });
    }

    private static IssueIndex index() {
        IssueIndex index = new IssueIndex();
        index.defineField(AMOUNT);
        index.defineField(CLOSE);
        index.upsert(List.of(
                deal(1, 300, LocalDate.of(2026, 4, 10), "ann"),
                deal(2, null, LocalDate.of(2026, 4, 1), null),
                deal(3, 100, null, "bob"),
                deal(4, 300, LocalDate.of(2026, 4, 1), "bob"),
                deal(5, 200, null, "ann"),
                deal(9, 100, LocalDate.of(2026, 5, 1), null),
                deal(10, null, LocalDate.of(2026, 4, 10), "ann")));
        return index;
    }

    private static IndexedIssue deal(int number, Integer amount, LocalDate close, String assignee) {
        IssueRecord.Builder record = IssueRecord.builder("D-" + number, "D").type("Deal")
                .status("Open", StatusCategory.TO_DO)
                .created(LocalDate.of(2026, 1, number).atStartOfDay(ZoneOffset.UTC).toInstant());
        if (amount != null) {
            record.field(AMOUNT.id(), FieldValue.number(amount));
        }
        if (close != null) {
            record.field(CLOSE.id(), FieldValue.date(close));
        }
        if (assignee != null) {
            record.assignee(assignee);
        }
        return new IndexedIssue(record.build(), "Deal " + number, "", Set.of());
    }
}
