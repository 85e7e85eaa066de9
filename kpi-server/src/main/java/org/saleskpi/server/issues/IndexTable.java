package org.saleskpi.server.issues;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
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
        // LongColumn.NONE and the builder's EMPTY are both Long.MIN_VALUE: long arrays pass as they are.
        for (Column column : wanted) {
            if (column instanceof Column.Standard standard) {
                switch (standard.field()) {
                    case KEY -> table.keys(dictionary(c.keyPrefix(), v -> v), c.keyPrefix().codes(rows),
                            c.keyNumbers(rows));
                    case PROJECT -> coded(table, column, c.project(), rows);
                    case ISSUE_TYPE -> coded(table, column, c.issueType(), rows);
                    case STATUS -> coded(table, column, c.status(), rows);
                    case STATUS_CATEGORY -> table.codes(column,
                            dictionary(c.statusCategory(), category -> category.jiraKey()),
                            c.statusCategory().codes(rows));
                    case RESOLUTION -> coded(table, column, c.resolution(), rows);
                    case ASSIGNEE -> coded(table, column, c.assignee(), rows);
                    case REPORTER -> coded(table, column, c.reporter(), rows);
                    case CREATED -> table.epochMillis(column, c.created().values(rows));
                    case UPDATED -> table.epochMillis(column, c.updated().values(rows));
                    case RESOLVED -> table.epochMillis(column, c.resolved().values(rows));
                    case DUE -> table.epochDays(column, c.due().values(rows));
                    default -> throw new IllegalStateException("unknown field: " + standard.field());
                }
            } else {
                custom(table, (Column.Custom) column, field.apply((Column.Custom) column), c, rows);
            }
        }
        return table.build();
    }

    private static void custom(IssueTable.ColumnBuilder table, Column.Custom column, CustomField field,
            IndexColumns c, int[] rows) {
        if (!field.id().equals(column.fieldId())) {
            // A column named by the field's name, or by its id in other letters: records carried values
            // under the id only, so such a column has always loaded empty. Kept as it was.
            empty(table, column, rows.length);
        } else if (field.type() == FieldType.NUMBER) {
            LongColumn numbers = c.longs(field);
            table.numbers(column, numbers.values(rows), numbers.scale());
        } else if (field.type() == FieldType.DATE) {
            table.epochDays(column, c.longs(field).values(rows));
        } else {
            coded(table, column, c.coded(field), rows);
        }
    }

    private static void empty(IssueTable.ColumnBuilder table, Column column, int size) {
        long[] none = new long[size];
        Arrays.fill(none, IssueTable.ColumnBuilder.EMPTY);
        if (column.type() == FieldType.NUMBER) {
            table.numbers(column, none, 0);
        } else if (column.type() == FieldType.DATE) {
            table.epochDays(column, none);
        } else {
            table.codes(column, new String[] {null}, new int[size]);
        }
    }

    private static void coded(IssueTable.ColumnBuilder table, Column column, CodedColumn<String> values, int[] rows) {
        table.codes(column, dictionary(values, v -> v), values.codes(rows));
    }

    /** The index dictionary as text, by index code; the empty code stays null. */
    private static <T> String[] dictionary(CodedColumn<T> column, Function<T, String> text) {
        String[] values = new String[column.cardinality()];
        for (int code = 1; code < values.length; code++) {
            values[code] = text.apply(column.value(code));
        }
        return values;
    }
}
