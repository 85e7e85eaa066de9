package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.RowOrder;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.index.SystemField;

/**
 * Puts matching rows in the query's ORDER BY order. Without one the order is
 * {@code created DESC, key DESC}: newest first, as Jira's issue search shows. Empty values sort
 * last ascending and first descending, as in Jira. Each field's order is its index column's.
 * A page is picked with a bounded heap ({@link TopRows}): the rows before it are found without
 * sorting every match.
 */
public final class JqlOrder {
    private JqlOrder() {
    }

    /** The rows at places {@code startAt .. startAt + maxResults - 1} of the order (fewer past the end). */
    public static int[] page(JqlQuery query, RowSet rows, IndexColumns columns, int startAt, int maxResults) {
        return TopRows.page(rows, order(query, columns), startAt, maxResults);
    }

    /**
     * The query's order over the index's rows. Every row's key is distinct and comes last, so the order is total:
     * any way of finding the first rows gives the same page.
     */
    public static RowOrder order(JqlQuery query, IndexColumns columns) {
        RowOrder byKey = system(SystemField.KEY, columns);
        if (query.orderBy().isEmpty()) {
            return system(SystemField.CREATED, columns).reversed().then(byKey.reversed());
        }
        List<RowOrder> keys = new ArrayList<>();
        for (JqlQuery.SortKey key : query.orderBy()) {
            RowOrder one = of(key.field(), columns);
            keys.add(key.descending() ? one.reversed() : one);
        }
        // Rows equal on every key still come in one fixed order.
        keys.add(byKey);
        RowOrder all = keys.get(0);
        for (int i = 1; i < keys.size(); i++) {
            all = all.then(keys.get(i));
        }
        return all;
    }

    static void check(JqlQuery query, IndexColumns columns) {
        order(query, columns);
    }

    private static RowOrder of(Clause.FieldName field, IndexColumns columns) {
        return JqlFields.column(field, columns).order().orElseThrow(
                () -> JqlError.of("order", "Field '" + field.text() + "' does not support sorting."));
    }

    private static RowOrder system(SystemField field, IndexColumns columns) {
        return field.column(columns).order().orElseThrow(
                () -> new IllegalStateException(field + " has no order"));
    }
}
