package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A growable column of free text (summary, description), searched by scanning. Beside each text it keeps the text
 * {@link FoldedText folded} once at write time, so a search ignoring case does not fold every text again per query;
 * a text that folds to itself is held once.
 */
public final class IndexTextColumn {
    private String[] values;
    /** Each row's folded text; null when the text is empty or cannot be folded char for char. */
    private String[] folded;

    IndexTextColumn(int capacity) {
        values = new String[capacity];
        folded = new String[capacity];
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

    /**
     * Adds to {@code into} the first {@code rows} rows whose folded text passes {@code onFolded}, or, for a row
     * held without one (empty, or not foldable), whose text passes {@code onText}.
     */
    public void select(Predicate<String> onFolded, Predicate<String> onText, int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            String f = folded[row];
            if (f != null ? onFolded.test(f) : onText.test(value(row))) {
                into.add(row);
            }
        }
    }

    void grow(int capacity) {
        values = Arrays.copyOf(values, capacity);
        folded = Arrays.copyOf(folded, capacity);
    }

    /** Moves row {@code from}'s text to row {@code to}; {@code from} becomes empty. */
    void move(int from, int to) {
        values[to] = values[from];
        folded[to] = folded[from];
        if (from != to) {
            values[from] = null;
            folded[from] = null;
        }
    }

    void set(int row, String value) {
        // Empty text is the common case for descriptions; null keeps it free.
        values[row] = value.isEmpty() ? null : value;
        folded[row] = value.isEmpty() ? null : FoldedText.of(value);
    }
}
