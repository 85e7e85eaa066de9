package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueTableTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CUSTOMER = Column.custom("customfield_10020", FieldType.TEXT);
    private static final Column SIGNED = Column.custom("customfield_10050", FieldType.DATE);

    private static IssueRecord issue(int number, String created) {
        return IssueRecord.builder("SALES-" + number, "SALES").type("Opportunity").status("Won", StatusCategory.DONE)
                .created(Instant.parse(created)).build();
    }

    @Test
    void datesAreLocalToTheTablesZone() {
        // 2024-03-31T15:30Z is already 1 April 00:30 in Tokyo.
        IssueTable table = IssueTable.of(TOKYO, List.of(Column.CREATED), List.of(issue(1, "2024-03-31T15:30:00Z")));
        assertThat(table.dates(Column.CREATED).date(0)).contains(LocalDate.of(2024, 4, 1));
    }

    @Test
    void keepsOnlyTheAskedColumns() {
        IssueTable table = IssueTable.of(TOKYO, List.of(Column.STATUS), List.of(issue(1, "2024-01-01T00:00:00Z")));
        assertThat(table.has(Column.STATUS)).isTrue();
        assertThatThrownBy(() -> table.dates(Column.CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("created");
    }

    @Test
    void roundTripsEveryKindOfValue() {
        IssueRecord full = IssueRecord.builder("CRM-42", "CRM").type("Deal").status("Open", StatusCategory.TO_DO)
                .assignee("zoë").reporter("manager").created(Instant.parse("2024-05-01T10:00:00Z"))
                .resolved(Instant.parse("2024-05-03T10:00:00Z")).resolution("Done").due(LocalDate.of(2024, 6, 1))
                .field(AMOUNT.id(), FieldValue.number("1234.5678"))
                .field(CUSTOMER.id(), FieldValue.option("株式会社テスト"))
                .field(SIGNED.id(), FieldValue.date(LocalDate.of(2024, 5, 2))).build();
        IssueRecord empty = IssueRecord.builder("CRM-43", "CRM").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.parse("2024-05-01T10:00:00Z")).build();
        List<Column> columns = List.of(Column.KEY, Column.PROJECT, Column.ISSUE_TYPE, Column.STATUS,
                Column.STATUS_CATEGORY, Column.RESOLUTION, Column.ASSIGNEE, Column.REPORTER, Column.CREATED,
                Column.UPDATED, Column.RESOLVED, Column.DUE, AMOUNT, CUSTOMER, SIGNED);
        IssueTable table = IssueTable.of(ZoneId.of("UTC"), columns, List.of(full, empty));

        assertThat(table.keys().key(0)).isEqualTo("CRM-42");
        assertThat(value(table, Column.ASSIGNEE, 0)).isEqualTo("zoë");
        assertThat(value(table, Column.STATUS_CATEGORY, 0)).isEqualTo("new");
        assertThat(value(table, CUSTOMER, 0)).isEqualTo("株式会社テスト");
        assertThat(table.numbers(AMOUNT).value(0)).contains(new BigDecimal("1234.5678"));
        assertThat(table.dates(SIGNED).date(0)).contains(LocalDate.of(2024, 5, 2));
        assertThat(table.dates(Column.DUE).date(0)).contains(LocalDate.of(2024, 6, 1));
        assertThat(table.dates(Column.UPDATED).date(0)).contains(LocalDate.of(2024, 5, 1));
        // Empty cells stay empty, never 0.
        assertThat(table.codes(Column.ASSIGNEE).code(1)).isEqualTo(CodeColumn.EMPTY);
        assertThat(table.numbers(AMOUNT).value(1)).isEmpty();
        assertThat(table.dates(Column.RESOLVED).date(1)).isEmpty();
        assertThat(table.dates(SIGNED).date(1)).isEmpty();
    }

    private static String value(IssueTable table, Column column, int row) {
        CodeColumn codes = table.codes(column);
        return codes.value(codes.code(row));
    }

    @Test
    void aLaterValueWithMoreDecimalsRescalesEarlierOnes() {
        List<IssueRecord> issues = new ArrayList<>();
        issues.add(withAmount(1, "10"));
        issues.add(withAmount(2, "0.125"));
        issues.add(withAmount(3, "7.5"));
        IssueTable table = IssueTable.of(TOKYO, List.of(AMOUNT), issues);
        assertThat(table.numbers(AMOUNT).scale()).isEqualTo(3);
        assertThat(table.numbers(AMOUNT).value(0)).contains(new BigDecimal("10.000"));
        assertThat(table.numbers(AMOUNT).value(1)).contains(new BigDecimal("0.125"));
        assertThat(table.numbers(AMOUNT).value(2)).contains(new BigDecimal("7.500"));
    }

    @Test
    void rejectsAWrongFieldType() {
        IssueRecord wrong = IssueRecord.builder("S-1", "S").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.EPOCH).field(AMOUNT.id(), FieldValue.text("a lot")).build();
        assertThatThrownBy(() -> IssueTable.of(TOKYO, List.of(AMOUNT), List.of(wrong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customfield_10010")
                .hasMessageContaining("S-1");
    }

    @Test
    void narrowsCodesAndNumbersToTheSmallestArray() {
        // 300 customers need two bytes per code; 10 statuses one; amounts in cents fit an int.
        IssueTable.Builder builder = IssueTable.builder(TOKYO, List.of(Column.STATUS, CUSTOMER, AMOUNT));
        for (int i = 0; i < 3000; i++) {
            builder.add(IssueRecord.builder("S-" + i, "S").type("Deal").status("S" + (i % 10), StatusCategory.TO_DO)
                    .created(Instant.EPOCH).field(CUSTOMER.id(), FieldValue.text("C" + (i % 300)))
                    .field(AMOUNT.id(), FieldValue.number(BigDecimal.valueOf(i, 2))).build());
        }
        IssueTable table = builder.build();
        assertThat(table.rowBytes()).isEqualTo(3000L * (1 + 2 + 4));
    }

    @Test
    void keysMustBeJiraKeys() {
        IssueRecord odd = IssueRecord.builder("not-a-key", "S").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.EPOCH).build();
        assertThatThrownBy(() -> IssueTable.of(TOKYO, List.of(Column.KEY), List.of(odd)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-key");
    }

    private static IssueRecord withAmount(int number, String amount) {
        return IssueRecord.builder("SALES-" + number, "SALES").type("Deal").status("Open", StatusCategory.TO_DO)
                .created(Instant.EPOCH).field(AMOUNT.id(), FieldValue.number(amount)).build();
    }
}
