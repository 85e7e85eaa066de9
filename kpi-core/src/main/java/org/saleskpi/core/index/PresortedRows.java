package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.Set;

/**
 * Every row of one index version in ascending order of a field (created, updated or the key), then key: a page of an
 * issue list ordered by that field is read from one end, skipping the rows the query does not match, instead of
 * visiting every match. Made for the next version from this one by moving the rows the writes in between touched
 * (their values are the only ones that changed), so a write costs one pass over the array, not a sort.
 */
public final class PresortedRows {
    /** The fields whose order is kept presorted. */
    public static final Set<SystemField> FIELDS = Set.of(SystemField.CREATED, SystemField.UPDATED, SystemField.KEY);

    private final SystemField field;
    private final long version;
    private final int[] rows;

    private PresortedRows(SystemField field, long version, int[] rows) {
        this.field = field;
        this.version = version;
        this.rows = rows;
    }

    /** Every row sorted by {@code field}, then key. */
    static PresortedRows sorted(IndexColumns columns, SystemField field, long version) {
        int[] rows = new int[columns.rows()];
        Arrays.setAll(rows, row -> row);
        RowSort.sort(rows, ranked(columns, field));
        return new PresortedRows(field, version, rows);
    }

    /**
     * The rows of {@code version}, whose writes since this one touched {@code touched} (keys written, removed or moved
     * to another row): the other rows keep their row and values, so they stay in order; the touched ones that still
     * have a row are sorted alone and merged in.
     */
    PresortedRows patched(IndexColumns columns, Set<String> touched, long version) {
        int now = columns.rows();
        RowOrder order = order(columns, field);
        int[] moved = touched.stream().mapToInt(columns::row).filter(row -> row >= 0).distinct().toArray();
        RowSort.sort(moved, order);
        boolean[] stale = new boolean[Math.max(now, rows.length)];
        for (int row : moved) {
            stale[row] = true;
        }
        int[] next = new int[now];
        int n = 0;
        int m = 0;
        for (int row : rows) {
            // A row past the end was removed; a touched row is placed again below.
            if (row >= now || stale[row]) {
                continue;
            }
            while (m < moved.length && order.compare(moved[m], row) < 0) {
                next[n++] = moved[m++];
            }
            next[n++] = row;
        }
        while (m < moved.length) {
            next[n++] = moved[m++];
        }
        if (n != now) {
            throw new IllegalStateException("presorted rows lost track of the index: " + n + " of " + now);
        }
        return new PresortedRows(field, version, next);
    }

    /** The index version the rows are of. */
    long version() {
        return version;
    }

    /**
     * The rows of {@code matching} (holding {@code count} rows) at places {@code startAt .. startAt + maxResults - 1}
     * of the order by the field, {@code descending} or not, rows with equal values by key, {@code keysDescending} or
     * not.
     */
    public int[] page(IndexColumns columns, RowSet matching, int count, boolean descending, boolean keysDescending,
            int startAt, int maxResults) {
        int end = (int) Math.min((long) startAt + maxResults, count);
        if (startAt >= end) {
            return new int[0];
        }
        int[] page = new int[end - startAt];
        Walk walk = new Walk(matching, page, startAt);
        RowOrder byField = field.column(columns).order().orElseThrow();
        boolean groups = field != SystemField.KEY && descending != keysDescending;
        if (!groups) {
            if (descending) {
                for (int i = rows.length - 1; i >= 0 && walk.more(); i--) {
                    walk.visit(rows[i]);
                }
            } else {
                for (int i = 0; i < rows.length && walk.more(); i++) {
                    walk.visit(rows[i]);
                }
            }
            return page;
        }
        // Groups of equal values are taken in the field's direction, the rows of each in the key's direction.
        if (descending) {
            for (int last = rows.length - 1; last >= 0 && walk.more(); ) {
                int first = last;
                while (first > 0 && byField.compare(rows[first - 1], rows[last]) == 0) {
                    first--;
                }
                for (int i = first; i <= last && walk.more(); i++) {
                    walk.visit(rows[i]);
                }
                last = first - 1;
            }
        } else {
            for (int first = 0; first < rows.length && walk.more(); ) {
                int last = first;
                while (last + 1 < rows.length && byField.compare(rows[last + 1], rows[first]) == 0) {
                    last++;
                }
                for (int i = last; i >= first && walk.more(); i--) {
                    walk.visit(rows[i]);
                }
                first = last + 1;
            }
        }
        return page;
    }

    /** Bytes of the row array. */
    public long bytes() {
        return 16 + 4L * rows.length;
    }

    /** The same order as {@link #order}, each row's ranks read once into arrays: a sort compares rows many times. */
    private static RowOrder ranked(IndexColumns columns, SystemField field) {
        long[] keys = ranks(columns, SystemField.KEY);
        if (field == SystemField.KEY) {
            return (a, b) -> Long.compare(keys[a], keys[b]);
        }
        long[] values = ranks(columns, field);
        return (a, b) -> {
            int c = Long.compare(values[a], values[b]);
            return c != 0 ? c : Long.compare(keys[a], keys[b]);
        };
    }

    private static long[] ranks(IndexColumns columns, SystemField field) {
        RowOrder.Ranked order = (RowOrder.Ranked) field.column(columns).order().orElseThrow();
        long[] ranks = new long[columns.rows()];
        Arrays.setAll(ranks, order::rank);
        return ranks;
    }

    private static RowOrder order(IndexColumns columns, SystemField field) {
        RowOrder byKey = SystemField.KEY.column(columns).order().orElseThrow();
        return field == SystemField.KEY ? byKey : field.column(columns).order().orElseThrow().then(byKey);
    }

    /** The matching rows met in order: those before the page skipped, the page's kept. */
    private static final class Walk {
        private final RowSet matching;
        private final int[] page;
        private int skip;
        private int filled;

        Walk(RowSet matching, int[] page, int skip) {
            this.matching = matching;
            this.page = page;
            this.skip = skip;
        }

        boolean more() {
            return filled < page.length;
        }

        void visit(int row) {
            if (matching.contains(row)) {
                if (skip > 0) {
                    skip--;
                } else {
                    page[filled++] = row;
                }
            }
        }
    }
}
