package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.Collection;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.IssueTable;

/**
 * The engine's {@link IssueTable} of some index rows, gathered column by column straight from the
 * index arrays: no issue record per row, and each index dictionary read once, not per row.
 */
final class IndexTable {
    private IndexTable() {
    }

    /**
     * The table of {@code rows} (ascending index rows) with {@code wanted} columns; a custom
     * column is read from {@code field}, which resolves it to a defined field of the same type.
     */
    static IssueTable gather(IndexColumns c, int[] rows, Collection<Column> wanted, ZoneId zone,
            Function<Column.Custom, CustomField> field) {
        IssueTable.ColumnBuilder table = IssueTable.fromColumns(zone, rows.length);
        for (Column column : wanted) {
            if (column instanceof Column.Standard standard) {
                SystemField.of(standard.field()).column(c).gather(table, column, rows);
            } else if (column instanceof Column.Custom custom) {
                CustomField defined = field.apply(custom);
                if (defined.id().equals(custom.fieldId())) {
                    c.column(defined).gather(table, column, rows);
                } else {
                    // A column named by the field's name, or by its id in other letters: records carried values
                    // under the id only, so such a column has always loaded empty. Kept as it was.
                    IndexField.gatherEmpty(table, column, rows.length);
                }
            } else {
                throw new IllegalStateException("unknown column: " + column);
            }
        }
        return table.build();
    }
}
