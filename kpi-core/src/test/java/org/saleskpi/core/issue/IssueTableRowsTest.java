package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host that holds its own issue objects fills the table cell by cell, with no issue record per row. */
class IssueTableRowsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column REGION = Column.custom("customfield_10030", FieldType.OPTION);
    private static final Column SIGNED = Column.custom("customfield_10050", FieldType.DATE);
    private static final List<Column> COLUMNS = List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
            Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER, Column.CREATED,
            Column.UPDATED, Column.RESOLVED, Column.DUE, AMOUNT, REGION, SIGNED);

    @Test
    void cellByCellRowsMakeTheTableTheirRecordsWould() {
        IssueRecord won = IssueRecord.builder("SALES-10", "SALES").type("Deal").status("Won", StatusCategory.DONE)
                .resolution("Done").assignee("alice").reporter("bob")
                .created(Instant.parse("2024-03-31T15:30:00Z")).updated(Instant.parse("2024-04-02T00:00:00Z"))
                .resolved(Instant.parse("2024-04-02T00:00:00Z")).due(LocalDate.of(2024, 4, 30))
                .field(AMOUNT.id(), FieldValue.number("1250.5")).field(REGION.id(), FieldValue.option("EMEA"))
                .field(SIGNED.id(), FieldValue.date(LocalDate.of(2024, 4, 1))).build();
        IssueRecord open = IssueRecord.builder("SALES-9", "SALES").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.parse("2024-01-05T00:00:00Z")).field(AMOUNT.id(), FieldValue.number("3")).build();

        IssueTable.Builder rows = IssueTable.builder(TOKYO, COLUMNS);
        rows.add(row -> row.key("SALES-10").text(Column.PROJECT, "SALES").text(Column.ISSUE_TYPE, "Deal")
                .text(Column.STATUS, "Won").statusCategory(StatusCategory.DONE).text(Column.RESOLUTION, "Done")
                .text(Column.ASSIGNEE, "alice").text(Column.REPORTER, "bob")
                .instant(Column.CREATED, Instant.parse("2024-03-31T15:30:00Z"))
                .instant(Column.UPDATED, Instant.parse("2024-04-02T00:00:00Z"))
                .instant(Column.RESOLVED, Instant.parse("2024-04-02T00:00:00Z"))
                .day(Column.DUE, LocalDate.of(2024, 4, 30)).number(AMOUNT, new BigDecimal("1250.5"))
                .value(REGION, FieldValue.option("EMEA")).value(SIGNED, FieldValue.date(LocalDate.of(2024, 4, 1))));
        // Cells left alone stay empty, as a record's absent values do.
        rows.add(row -> row.key("SALES-9").text(Column.PROJECT, "SALES").text(Column.ISSUE_TYPE, "Deal")
                .text(Column.STATUS, "Open").statusCategory(StatusCategory.TO_DO)
                .instant(Column.CREATED, Instant.parse("2024-01-05T00:00:00Z")).instant(Column.UPDATED,
                        Instant.parse("2024-01-05T00:00:00Z")).value(AMOUNT, FieldValue.number("3")));
        IssueTable built = rows.build();
        IssueTable expected = IssueTable.of(TOKYO, COLUMNS, List.of(won, open));

        for (Column column : COLUMNS) {
            for (int row = 0; row < 2; row++) {
                assertThat(built.cell(column, row)).as(column.id() + " of row " + row)
                        .isEqualTo(expected.cell(column, row));
            }
        }
        // 15:30 UTC on 31 March is 1 April in Tokyo.
        assertThat(built.dates(Column.CREATED).date(0)).contains(LocalDate.of(2024, 4, 1));
        assertThat(built.numbers(AMOUNT).value(1)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
        assertThat(built.dates(Column.RESOLVED).date(1)).isEmpty();
    }

    @Test
    void aTableOfKeysNeedsEveryRowsKey() {
        IssueTable.Builder rows = IssueTable.builder(TOKYO, List.of(Column.KEY, Column.STATUS));
        assertThatThrownBy(() -> rows.add(row -> row.text(Column.STATUS, "Won")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no issue key");
    }

    @Test
    void aCellOutsideTheTableOrOfAnotherTypeIsRejected() {
        IssueTable.Builder rows = IssueTable.builder(TOKYO, List.of(Column.STATUS, AMOUNT));
        assertThat(rows.wants(Column.STATUS)).isTrue();
        assertThat(rows.wants(Column.ASSIGNEE)).isFalse();
        assertThatThrownBy(() -> rows.add(row -> row.text(Column.ASSIGNEE, "alice")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in this table: assignee");
        assertThatThrownBy(() -> rows.add(row -> row.text(AMOUNT, "12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a coded column");
        assertThatThrownBy(() -> rows.add(row -> row.value(AMOUNT, FieldValue.text("a lot"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a number");
    }
}
