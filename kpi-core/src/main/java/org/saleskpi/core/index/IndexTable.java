package org.saleskpi.core.index;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
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
     * The coded columns in {@code indexCodes} keep the index's codes (those its change log codes
     * changes in); the others get the table's own compact dictionary.
     */
    static IssueTable gather(IndexColumns c, int[] rows, Collection<Column> wanted, ZoneId zone,
            Function<Column.Custom, CustomField> field, Set<Column> indexCodes) {
        IssueTable.ColumnBuilder table = IssueTable.fromColumns(zone, rows.length);
        for (Column column : wanted) {
            if (column instanceof Column.Standard standard) {
                gather(SystemField.of(standard.field()).column(c), table, column, rows, indexCodes);
            } else if (column instanceof Column.Custom custom) {
                CustomField defined = field.apply(custom);
                if (defined.id().equals(custom.fieldId())) {
                    gather(c.column(defined), table, column, rows, indexCodes);
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

    private static void gather(IndexField field, IssueTable.ColumnBuilder table, Column column, int[] rows,
            Set<Column> indexCodes) {
        if (indexCodes.contains(column) && field instanceof IndexField.Texted texted) {
            texted.gatherIndexCodes(table, column, rows);
        } else {
            field.gather(table, column, rows);
        }
    }
}
