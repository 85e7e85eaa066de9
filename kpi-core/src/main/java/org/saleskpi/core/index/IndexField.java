package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;
import org.saleskpi.core.issue.StatusCategory;

/**
 * One field as the index stores it: the index column(s) behind a system or custom field and how
 * they become the engine's table column and a row order. The JQL filter matches each kind in
 * {@code JqlFilter}; {@link SystemField} and {@link IndexColumns#column(CustomField)} say which
 * kind each field is.
 */
public sealed interface IndexField {

    /**
     * Copies the cells of {@code rows} into {@code table} as {@code column}; long arrays pass as they
     * are ({@link IndexLongColumn#NONE} and the builder's EMPTY are both Long.MIN_VALUE).
     */
    void gather(IssueTable.ColumnBuilder table, Column column, int[] rows);

    /** Rows in ascending order of this field, empty cells last; empty when the field cannot be sorted. */
    Optional<RowOrder> order();

    /** A field whose cells are texts in one coded column: loaded as they are, ordered by name. */
    sealed interface Texted extends IndexField {
        IndexCodedColumn<String> column();

        @Override
        default void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.codes(target, dictionary(column(), v -> v), column().codes(rows));
        }

        /** Gathers with the index's own codes, which the index's change log codes its changes in. */
        default void gatherIndexCodes(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.hostCodes(target, dictionary(column(), v -> v), column().codes(rows));
        }

        @Override
        default Optional<RowOrder> order() {
            return Optional.of(byName(column()));
        }
    }

    /** A field whose cells are longs: ordered by value, empty cells last. */
    sealed interface Scalar extends IndexField {
        IndexLongColumn column();

        @Override
        default Optional<RowOrder> order() {
            IndexLongColumn column = column();
            return Optional.of((RowOrder.Ranked) row -> {
                long v = column.value(row);
                return v == IndexLongColumn.NONE ? Long.MAX_VALUE : v;
            });
        }
    }

    /** Names matched ignoring case (project, type, status, resolution, option and text fields). */
    record Names(IndexCodedColumn<String> column, boolean searchable) implements Texted {
    }

    /** User keys (assignee, reporter, user-picker fields); a query names people, not keys. */
    record People(IndexCodedColumn<String> column) implements Texted {
    }

    /** Status categories, ordered To Do, In Progress, Done; the engine reads their Jira keys. */
    record Categories(IndexCodedColumn<StatusCategory> column) implements IndexField {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.codes(target, dictionary(column, StatusCategory::jiraKey), column.codes(rows));
        }

        @Override
        public Optional<RowOrder> order() {
            return Optional.of((RowOrder.Ranked) row -> column.value(column.code(row)).ordinal());
        }
    }

    /** Sorted label sets; not an engine column and not sortable. */
    record Labels(IndexCodedColumn<List<String>> column) implements IndexField {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            throw notEngine(target);
        }

        @Override
        public Optional<RowOrder> order() {
            return Optional.empty();
        }
    }

    /** Epoch milliseconds (created, updated, resolved). */
    record Instants(IndexLongColumn column) implements Scalar {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.epochMillis(target, column.values(rows));
        }
    }

    /** Epoch days (due date, date fields). */
    record Days(IndexLongColumn column) implements Scalar {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.epochDays(target, column.values(rows));
        }
    }

    /** Exact numbers, unscaled at the column's scale (number fields). */
    record Numbers(IndexLongColumn column) implements Scalar {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.numbers(target, column.values(rows), column.scale());
        }
    }

    /** Issue keys: a coded prefix and a number, ordered by prefix name then number. */
    record Keys(IndexColumns columns) implements IndexField {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            table.keys(dictionary(columns.keyPrefix(), v -> v), columns.keyPrefix().codes(rows),
                    columns.keyNumbers(rows));
        }

        @Override
        public Optional<RowOrder> order() {
            int[] rank = ranks(columns.keyPrefix());
            // Prefix rank in the high half, the (never negative) issue number in the low half.
            return Optional.of((RowOrder.Ranked) row -> (long) rank[columns.keyPrefix().code(row)] << 32
                    | columns.keyNumber(row) & 0xFFFFFFFFL);
        }
    }

    /**
     * Free text searched by words: summary, description, or (for {@code text}) both plus every text
     * field; only a single text column sorts.
     */
    record Texts(List<IndexTextColumn> texts, List<IndexCodedColumn<String>> fields) implements IndexField {
        @Override
        public void gather(IssueTable.ColumnBuilder table, Column target, int[] rows) {
            throw notEngine(target);
        }

        @Override
        public Optional<RowOrder> order() {
            if (texts.size() != 1 || !fields.isEmpty()) {
                return Optional.empty();
            }
            IndexTextColumn column = texts.get(0);
            return Optional.of((x, y) -> {
                String a = column.value(x);
                String b = column.value(y);
                if (a.isEmpty() || b.isEmpty()) {
                    return Boolean.compare(a.isEmpty(), b.isEmpty());
                }
                return String.CASE_INSENSITIVE_ORDER.compare(a, b);
            });
        }
    }

    /** A column the engine asked for that the index has no cells for: every cell empty, in its type. */
    static void gatherEmpty(IssueTable.ColumnBuilder table, Column column, int size) {
        long[] none = new long[size];
        Arrays.fill(none, IssueTable.ColumnBuilder.EMPTY);
        FieldType type = column.type();
        switch (type) {
            case NUMBER -> table.numbers(column, none, 0);
            case DATE -> table.epochDays(column, none);
            case TEXT, OPTION, USER -> table.codes(column, new String[] {null}, new int[size]);
            default -> throw new IllegalStateException("unknown field type: " + type);
        }
    }

    private static IllegalStateException notEngine(Column column) {
        return new IllegalStateException("not an engine column: " + column.id());
    }

    /** The index dictionary as text, by index code; the empty code stays null. */
    private static <T> String[] dictionary(IndexCodedColumn<T> column, Function<T, String> text) {
        String[] values = new String[column.cardinality()];
        for (int code = 1; code < values.length; code++) {
            values[code] = text.apply(column.value(code));
        }
        return values;
    }

    /** Compares the names of coded values once per dictionary entry, then rows by rank. */
    private static RowOrder byName(IndexCodedColumn<String> column) {
        int[] rank = ranks(column);
        return (RowOrder.Ranked) row -> rank[column.code(row)];
    }

    private static int[] ranks(IndexCodedColumn<String> column) {
        Integer[] codes = new Integer[column.cardinality() - 1];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i + 1;
        }
        Arrays.sort(codes, Comparator.comparing(column::value, String.CASE_INSENSITIVE_ORDER));
        int[] rank = new int[column.cardinality()];
        rank[IndexCodedColumn.EMPTY] = Integer.MAX_VALUE;
        for (int i = 0; i < codes.length; i++) {
            rank[codes[i]] = i;
        }
        return rank;
    }
}
