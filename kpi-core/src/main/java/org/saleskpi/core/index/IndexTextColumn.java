package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A growable column of free text (summary, description), searched by scanning. The texts live once, as bytes in
 * {@link TextArena chunks} (Latin-1 when every char fits, else UTF-16), not as a String per row: a String costs 40
 * bytes before its first char and a folded copy for searching would double it. A search ignoring case folds each
 * char through a table while it scans ({@link FoldedText}), so it finds exactly what matching the folded texts did.
 */
public final class IndexTextColumn {
    private static final int EMPTY = -1;

    /** Where each row's text starts in the arena; {@link #EMPTY} for empty text. */
    private int[] starts;
    private final TextArena arena = new TextArena();

    IndexTextColumn(int capacity) {
        starts = new int[capacity];
        Arrays.fill(starts, EMPTY);
    }

    /** The text of a row; "" when empty. */
    public String value(int row) {
        int start = starts[row];
        return start == EMPTY ? "" : arena.text(start);
    }

    /** Adds to {@code into} the first {@code rows} rows whose text passes {@code test}. */
    public void select(Predicate<String> test, int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            if (test.test(value(row))) {
                into.add(row);
            }
        }
    }

    /** Adds to {@code into} the first {@code rows} rows with text ({@code filled}) or without ({@code !filled}). */
    public void selectFilled(boolean filled, int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            if ((starts[row] != EMPTY) == filled) {
                into.add(row);
            }
        }
    }

    /**
     * Adds to {@code into} the first {@code rows} rows whose text, {@link FoldedText folded}, contains every one of
     * {@code foldedTerms}; a row whose text cannot be folded (or is empty) is added when it passes {@code onText}.
     */
    public void select(List<String> foldedTerms, Predicate<String> onText, int rows, RowSet into) {
        char[][] terms = new char[foldedTerms.size()][];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = foldedTerms.get(i).toCharArray();
        }
        for (int row = 0; row < rows; row++) {
            int start = starts[row];
            boolean found = start == EMPTY || !arena.foldable(start) ? onText.test(value(row))
                    : arena.containsAll(start, terms);
            if (found) {
                into.add(row);
            }
        }
    }

    void grow(int capacity) {
        int old = starts.length;
        starts = Arrays.copyOf(starts, capacity);
        Arrays.fill(starts, old, capacity, EMPTY);
    }

    /** Moves row {@code from}'s text to row {@code to}; {@code from} becomes empty. */
    void move(int from, int to) {
        if (from != to) {
            forget(to);
            starts[to] = starts[from];
        } else {
            forget(from);
        }
        starts[from] = EMPTY;
        compactIfWasteful();
    }

    void set(int row, String value) {
        forget(row);
        // Empty text is the common case for descriptions: it takes no bytes.
        starts[row] = value.isEmpty() ? EMPTY : arena.add(value);
        compactIfWasteful();
    }

    /** Bytes of the row starts and of the arena's chunks: what the column's texts take. */
    public long bytes() {
        return 4L * starts.length + arena.bytes();
    }

    private void forget(int row) {
        if (starts[row] != EMPTY) {
            arena.release(starts[row]);
        }
    }

    private void compactIfWasteful() {
        if (arena.wasteful()) {
            starts = arena.compacted(starts, EMPTY);
        }
    }
}
