package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.saleskpi.core.index.FoldedText;
import org.saleskpi.core.index.IndexTextColumn;
import org.saleskpi.core.index.RowSet;

/**
 * The {@code ~} of a query: every word of the search must occur in the text, ignoring case, as a
 * word or part of one; a search in inner double quotes must occur as a phrase. Wildcards
 * {@code *} and {@code ?} are dropped since parts of words match anyway. Over a text column the
 * words, folded once ({@link FoldedText}), are looked for in the texts folded as the column scans them; a word or
 * a text that does not fold char for char is matched as it is.
 */
public final class TextSearch implements Predicate<String> {
    private final List<String> terms;
    /** The terms folded, or null when one of them cannot be. */
    private final List<String> foldedTerms;

    private TextSearch(List<String> terms) {
        this.terms = terms;
        List<String> folded = new ArrayList<>(terms.size());
        for (String term : terms) {
            String f = FoldedText.of(term);
            if (f == null) {
                folded = null;
                break;
            }
            folded.add(f);
        }
        this.foldedTerms = folded;
    }

    static TextSearch of(String search, String field) {
        List<String> terms = terms(search);
        if (terms.isEmpty() || terms.get(0).isEmpty()) {
            throw JqlError.badValue(search, field, "some words to search for");
        }
        return new TextSearch(List.copyOf(terms));
    }

    /** The terms of a search: its words, or the phrase in its inner double quotes (none for a blank search). */
    public static List<String> terms(String search) {
        String trimmed = search.trim();
        List<String> terms = new ArrayList<>();
        if (trimmed.length() > 1 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            terms.add(trimmed.substring(1, trimmed.length() - 1).trim());
        } else {
            for (String word : trimmed.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    terms.add(word);
                }
            }
        }
        return terms;
    }

    /** Whether every term occurs in {@code text}, ignoring case. */
    @Override
    public boolean test(String text) {
        String folded = foldedTerms == null ? null : FoldedText.of(text);
        if (folded != null) {
            // Folded texts match char for char where regionMatches matches ignoring case: one indexOf per term.
            for (String term : foldedTerms) {
                if (!folded.contains(term)) {
                    return false;
                }
            }
            return true;
        }
        for (String term : terms) {
            if (!contains(text, term)) {
                return false;
            }
        }
        return true;
    }

    /** Adds to {@code into} the first {@code rows} rows of {@code column} whose text passes. */
    void select(IndexTextColumn column, int rows, RowSet into) {
        if (foldedTerms == null) {
            column.select(this, rows, into);
        } else {
            column.select(foldedTerms, this, rows, into);
        }
    }

    /** Whether {@code term} occurs in {@code text}, ignoring case, at some place looked at one by one. */
    public static boolean contains(String text, String term) {
        int last = text.length() - term.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return true;
            }
        }
        return false;
    }
}
