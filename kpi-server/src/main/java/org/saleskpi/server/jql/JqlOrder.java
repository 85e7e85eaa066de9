package org.saleskpi.server.jql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.server.issues.CodedColumn;
import org.saleskpi.server.issues.CustomField;
import org.saleskpi.server.issues.IndexColumns;
import org.saleskpi.server.issues.LongColumn;
import org.saleskpi.server.issues.RowSet;
import org.saleskpi.server.issues.TextColumn;

/**
 * Puts matching rows in the query's ORDER BY order. Without one the order is
 * {@code created DESC, key DESC}: newest first, as Jira's issue search shows. Empty values sort
 * last ascending and first descending, as in Jira.
 */
public final class JqlOrder {
    private JqlOrder() {
    }

    /** The rows in order. */
    public static int[] sort(JqlQuery query, RowSet rows, IndexColumns columns) {
        Comparator<Integer> order = comparator(query, columns);
        Integer[] boxed = Arrays.stream(rows.toArray()).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, order);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    static void check(JqlQuery query, IndexColumns columns) {
        comparator(query, columns);
    }

    private static Comparator<Integer> comparator(JqlQuery query, IndexColumns columns) {
        Comparator<Integer> byKey = byKey(columns);
        if (query.orderBy().isEmpty()) {
            return byLong(columns.created()).reversed().thenComparing(byKey.reversed());
        }
        List<Comparator<Integer>> keys = new ArrayList<>();
        for (JqlQuery.SortKey key : query.orderBy()) {
            Comparator<Integer> one = of(key.field(), columns);
            keys.add(key.descending() ? one.reversed() : one);
        }
        // Rows equal on every key still come in one fixed order.
        keys.add(byKey);
        Comparator<Integer> all = keys.get(0);
        for (int i = 1; i < keys.size(); i++) {
            all = all.thenComparing(keys.get(i));
        }
        return all;
    }

    private static Comparator<Integer> of(Clause.FieldName field, IndexColumns columns) {
        String name = JqlFields.system(field).orElse(null);
        if (name == null) {
            CustomField custom = JqlFields.custom(field, columns);
            return custom.type() == FieldType.NUMBER || custom.type() == FieldType.DATE
                    ? byLong(columns.longs(custom)) : byName(columns.coded(custom));
        }
        switch (name) {
            case "project":
                return byName(columns.project());
            case "issuetype":
                return byName(columns.issueType());
            case "status":
                return byName(columns.status());
            case "statuscategory":
                return Comparator.comparingInt(row -> columns.statusCategory().value(
                        columns.statusCategory().code(row)).ordinal());
            case "assignee":
                return byName(columns.assignee());
            case "reporter":
                return byName(columns.reporter());
            case "resolution":
                return byName(columns.resolution());
            case "created":
                return byLong(columns.created());
            case "updated":
                return byLong(columns.updated());
            case "resolved":
                return byLong(columns.resolved());
            case "duedate":
                return byLong(columns.due());
            case "key":
                return byKey(columns);
            case "summary":
                return byText(columns.summary());
            case "description":
                return byText(columns.description());
            default:
                throw JqlError.of("order", "Field '" + field.text() + "' does not support sorting.");
        }
    }

    private static Comparator<Integer> byKey(IndexColumns columns) {
        int[] rank = ranks(columns.keyPrefix());
        return Comparator.<Integer>comparingInt(row -> rank[columns.keyPrefix().code(row)])
                .thenComparingInt(columns::keyNumber);
    }

    /** Compares the names of coded values once per dictionary entry, then rows by rank. */
    private static Comparator<Integer> byName(CodedColumn<String> column) {
        int[] rank = ranks(column);
        return Comparator.comparingInt(row -> rank[column.code(row)]);
    }

    private static int[] ranks(CodedColumn<String> column) {
        Integer[] codes = new Integer[column.cardinality() - 1];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = i + 1;
        }
        Arrays.sort(codes, Comparator.comparing(column::value, String.CASE_INSENSITIVE_ORDER));
        int[] rank = new int[column.cardinality()];
        rank[CodedColumn.EMPTY] = Integer.MAX_VALUE;
        for (int i = 0; i < codes.length; i++) {
            rank[codes[i]] = i;
        }
        return rank;
    }

    private static Comparator<Integer> byLong(LongColumn column) {
        return Comparator.comparingLong(row -> {
            long v = column.value(row);
            return v == LongColumn.NONE ? Long.MAX_VALUE : v;
        });
    }

    private static Comparator<Integer> byText(TextColumn column) {
        return Comparator.comparing(row -> column.value(row), (a, b) -> {
            if (a.isEmpty() || b.isEmpty()) {
                return Boolean.compare(a.isEmpty(), b.isEmpty());
            }
            return String.CASE_INSENSITIVE_ORDER.compare(a, b);
        });
    }
}
