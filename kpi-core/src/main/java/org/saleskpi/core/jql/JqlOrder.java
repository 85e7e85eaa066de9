package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.index.SystemField;

/**
 * Puts matching rows in the query's ORDER BY order. Without one the order is
 * {@code created DESC, key DESC}: newest first, as Jira's issue search shows. Empty values sort
 * last ascending and first descending, as in Jira. Each field's order is its index column's.
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
        Comparator<Integer> byKey = system(SystemField.KEY, columns);
        if (query.orderBy().isEmpty()) {
            return system(SystemField.CREATED, columns).reversed().thenComparing(byKey.reversed());
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
        return JqlFields.column(field, columns).order().orElseThrow(
                () -> JqlError.of("order", "Field '" + field.text() + "' does not support sorting."));
    }

    private static Comparator<Integer> system(SystemField field, IndexColumns columns) {
        return field.column(columns).order().orElseThrow(
                () -> new IllegalStateException(field + " has no order"));
    }
}
