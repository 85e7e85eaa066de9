package org.saleskpi.core.index;

/**
 * An order of index rows, compared as ints so that a page can be picked from a million rows without boxing each.
 * A field whose order is a number per row ({@link Ranked}) lets the page selection read that number directly.
 */
@FunctionalInterface
public interface RowOrder {
    /** Negative when row {@code a} comes before row {@code b}, as {@link java.util.Comparator#compare}. */
    int compare(int a, int b);

    /** The opposite order. */
    default RowOrder reversed() {
        RowOrder forward = this;
        return (a, b) -> forward.compare(b, a);
    }

    /** This order, then {@code next} among rows this one finds equal. */
    default RowOrder then(RowOrder next) {
        RowOrder first = this;
        return (a, b) -> {
            int c = first.compare(a, b);
            return c != 0 ? c : next.compare(a, b);
        };
    }

    /** Rows ordered by one long each, ascending. */
    @FunctionalInterface
    interface Ranked extends RowOrder {
        long rank(int row);

        @Override
        default int compare(int a, int b) {
            return Long.compare(rank(a), rank(b));
        }

        /** Descending by the same numbers: {@code ~rank} reverses the order without overflowing at the ends. */
        @Override
        default Ranked reversed() {
            Ranked forward = this;
            return row -> ~forward.rank(row);
        }
    }
}
