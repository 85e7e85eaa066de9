package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.saleskpi.core.index.IndexColumns;
import org.saleskpi.core.index.PresortedRows;
import org.saleskpi.core.index.RowOrder;
import org.saleskpi.core.index.RowSet;
import org.saleskpi.core.index.SystemField;

/**
 * Puts matching rows in the query's ORDER BY order. Without one the order is
 * {@code created DESC, key DESC}: newest first, as Jira's issue search shows. Empty values sort
 * last ascending and first descending, as in Jira. Each field's order is its index column's.
 * A page is picked with a bounded heap ({@link TopRows}): the rows before it are found without
 * sorting every match; ordered by created, updated or key, it is walked from rows kept in that order
 * ({@link PresortedRows}) when the matches are many.
 */
public final class JqlOrder {
    private JqlOrder() {
    }

    /** The rows at places {@code startAt .. startAt + maxResults - 1} of the order (fewer past the end). */
    public static int[] page(JqlQuery query, RowSet rows, IndexColumns columns, int startAt, int maxResults) {
        return TopRows.page(rows, order(query, columns), startAt, maxResults);
    }

    /**
     * As {@link #page(JqlQuery, RowSet, IndexColumns, int, int)}, walking the rows {@code presorted} gives in the
     * order's field when the order is one of those and the page is reached by visiting fewer rows than the matches a
     * heap would visit; the same rows either way.
     */
    public static int[] page(JqlQuery query, RowSet rows, IndexColumns columns, int startAt, int maxResults,
            Function<SystemField, PresortedRows> presorted) {
        // Made first either way: an ORDER BY field that cannot sort is the query's error.
        RowOrder order = order(query, columns);
        Optional<Presort> presort = presorted(query);
        int count = rows.count();
        // Matches are spread over the order about evenly: the page's end lies near (startAt + maxResults) / share.
        long walked = count == 0 ? Long.MAX_VALUE
                : ((long) startAt + Math.min(maxResults, count)) * rows.rows() / count;
        if (presort.isEmpty() || walked > 4L * count) {
            return TopRows.page(rows, order, startAt, maxResults);
        }
        Presort by = presort.get();
        return presorted.apply(by.field()).page(columns, rows, count, by.descending(), by.keysDescending(), startAt,
                maxResults);
    }

    /**
     * The query's order as the presorted rows of a field give it: the field's direction, and the key's among rows with
     * equal values; empty when the order is not one field of {@link PresortedRows#FIELDS} then (maybe) the key.
     */
    public static Optional<Presort> presorted(JqlQuery query) {
        List<JqlQuery.SortKey> keys = query.orderBy();
        if (keys.isEmpty()) {
            return Optional.of(new Presort(SystemField.CREATED, true, true));
        }
        Optional<SystemField> first = JqlFields.system(keys.get(0).field()).filter(PresortedRows.FIELDS::contains);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        boolean descending = keys.get(0).descending();
        // Keys are distinct: what follows the key never decides.
        if (first.get() == SystemField.KEY) {
            return Optional.of(new Presort(SystemField.KEY, descending, descending));
        }
        if (keys.size() == 1) {
            return Optional.of(new Presort(first.get(), descending, false));
        }
        if (JqlFields.system(keys.get(1).field()).filter(SystemField.KEY::equals).isPresent()) {
            return Optional.of(new Presort(first.get(), descending, keys.get(1).descending()));
        }
        return Optional.empty();
    }

    /** A presorted field's rows read {@code descending} or not, rows of equal values by key {@code keysDescending}. */
    public record Presort(SystemField field, boolean descending, boolean keysDescending) {
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
