package org.saleskpi.core.index;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A growable column of free text (summary, description), searched through its words ({@link TextWords}). The texts
 * live once, as bytes in {@link TextArena chunks} (Latin-1 when every char fits, else UTF-16), not as a String per row: a String costs 40
 * bytes before its first char and a folded copy for searching would double it. A search ignoring case folds each
 * char through a table while it checks a text ({@link FoldedText}), so it finds exactly what matching the folded
 * texts did.
 */
public final class IndexTextColumn {
    private static final int EMPTY = -1;

    /** Where each row's text starts in the arena; {@link #EMPTY} for empty text. */
    private int[] starts;
    private final TextArena arena = new TextArena();
    /** The words of the texts, null until the first search needs them. */
    private volatile TextWords words;

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
     * The rows come from the column's {@link TextWords words} (built on the first search), each checked against its
     * text unless the words alone decide; a term without a letter or digit scans every text.
     */
    public void select(List<String> foldedTerms, Predicate<String> onText, int rows, RowSet into) {
        char[][] terms = chars(foldedTerms);
        TextWords.Candidates candidates = words().candidates(foldedTerms, rows);
        if (candidates == null || onText.test("")) {
            scan(terms, onText, rows, into);
            return;
        }
        if (candidates.exact()) {
            into.or(candidates.foldable());
        } else {
            candidates.foldable().forEach(row -> {
                if (arena.containsAll(starts[row], terms)) {
                    into.add(row);
                }
            });
        }
        RowSet unfoldable = RowSet.none(rows);
        candidates.unfoldable().addTo(unfoldable, rows);
        unfoldable.forEach(row -> {
            if (onText.test(value(row))) {
                into.add(row);
            }
        });
    }

    /** {@link #select(List, Predicate, int, RowSet)} by reading every text, as the search did before it had words. */
    public void scan(List<String> foldedTerms, Predicate<String> onText, int rows, RowSet into) {
        scan(chars(foldedTerms), onText, rows, into);
    }

    /** Bytes of the words the searches look up, 0 before the first search. */
    public long wordBytes() {
        TextWords held = words;
        return held == null ? 0 : held.bytes();
    }

    private void scan(char[][] terms, Predicate<String> onText, int rows, RowSet into) {
        for (int row = 0; row < rows; row++) {
            int start = starts[row];
            boolean found = start == EMPTY || !arena.foldable(start) ? onText.test(value(row))
                    : arena.containsAll(start, terms);
            if (found) {
                into.add(row);
            }
        }
    }

    private static char[][] chars(List<String> foldedTerms) {
        char[][] terms = new char[foldedTerms.size()][];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = foldedTerms.get(i).toCharArray();
        }
        return terms;
    }

    /** The words of the texts, read from them all on the first search; afterwards kept in step by every write. */
    private TextWords words() {
        TextWords held = words;
        if (held == null) {
            // Searches run side by side under the index's read lock: one reads the texts, the others wait for it.
            synchronized (this) {
                held = words;
                if (held == null) {
                    held = new TextWords();
                    for (int row = 0; row < starts.length; row++) {
                        if (starts[row] != EMPTY) {
                            held.add(row, arena.text(starts[row]));
                        }
                    }
                    words = held;
                }
            }
        }
        return held;
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
            TextWords held = words;
            if (held != null && starts[from] != EMPTY) {
                String text = arena.text(starts[from]);
                held.remove(from, text);
                held.add(to, text);
            }
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
        TextWords held = words;
        if (held != null && !value.isEmpty()) {
            held.add(row, value);
        }
        compactIfWasteful();
    }

    /** Bytes of the row starts and of the arena's chunks: what the column's texts take. */
    public long bytes() {
        return 4L * starts.length + arena.bytes();
    }

    private void forget(int row) {
        if (starts[row] != EMPTY) {
            TextWords held = words;
            if (held != null) {
                held.remove(row, arena.text(starts[row]));
            }
            arena.release(starts[row]);
        }
    }

    private void compactIfWasteful() {
        if (arena.wasteful()) {
            starts = arena.compacted(starts, EMPTY);
        }
    }
}
