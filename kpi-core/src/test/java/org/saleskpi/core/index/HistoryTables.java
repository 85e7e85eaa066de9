package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.DateColumn;
import org.saleskpi.core.issue.IssueTable;

/** Tables with history compared as their figures read them: every change, and every cell as of some instants. */
public final class HistoryTables {
    private HistoryTables() {
    }

    /** Each row's key, known flag, creation and changes, as texts two tables of the same issues spell the same way. */
    public static List<List<String>> described(IssueTable table) {
        ChangeTable changes = table.history().orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            List<String> described = new ArrayList<>();
            described.add(table.keys().key(row) + " known=" + changes.known(row) + " created=" + changes.created(row));
            for (int i = changes.start(row); i < changes.end(row); i++) {
                Column column = changes.column(i);
                described.add(changes.atSecond(i) + " " + column.id() + " "
                        + value(changes, column, changes.fromCode(i)) + " -> " + value(changes, column, changes.toCode(i)));
            }
            rows.add(described);
        }
        return rows;
    }

    /** {@code actual} has {@code expected}'s changes and, as of each instant, its every cell. */
    public static void assertSame(IssueTable actual, IssueTable expected, List<Instant> asOf) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.history().orElseThrow().tracked()).isEqualTo(expected.history().orElseThrow().tracked());
        assertThat(described(actual)).isEqualTo(described(expected));
        for (Instant t : asOf) {
            IssueTable actualThen = actual.history().orElseThrow().asOf(t);
            IssueTable expectedThen = expected.history().orElseThrow().asOf(t);
            for (Column column : actual.columns()) {
                for (int row = 0; row < actual.size(); row++) {
                    assertThat(actualThen.cell(column, row)).as("%s of row %d as of %s", column.id(), row, t)
                            .isEqualTo(expectedThen.cell(column, row));
                }
            }
        }
    }

    private static String value(ChangeTable changes, Column column, int code) {
        return switch (column.type()) {
            case NUMBER -> changes.number(column, code).map(BigDecimal::toPlainString).orElse("");
            case DATE -> code == DateColumn.NONE ? "" : LocalDate.ofEpochDay(code).toString();
            default -> changes.text(column, code);
        };
    }
}
