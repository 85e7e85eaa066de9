package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.function.Predicate;

/** A growable column of free text (summary, description), searched by scanning. */
public final class IndexTextColumn {
    private String[] values;

    IndexTextColumn(int capacity) {
        values = new String[capacity];
    }

    /** The text of a row; "" when empty. */
    public String value(int row) {
        String v = values[row];
        return v == null ? "" : v;
    }

    /** Adds to {@code into} the first {@code rows} rows whose text passes {@code test}. */
    public void select(Predicate<String> test, int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            if (test.test(value(row))) {
                into.add(row);
            }
        }
    }

    void grow(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    /** Moves row {@code from}'s text to row {@code to}; {@code from} becomes empty. */
    void move(int from, int to) {
        values[to] = values[from];
        if (from != to) {
            values[from] = null;
        }
    }

    void set(int row, String value) {
        // Empty text is the common case for descriptions; null keeps it free.
        values[row] = value.isEmpty() ? null : value;
    }
}
