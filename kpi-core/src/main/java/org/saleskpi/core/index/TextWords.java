package org.saleskpi.core.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a text column's texts, each with the rows holding it, so that {@code ~} reads a few rows instead of
 * every text. A word is a longest run of letters and digits in the {@link FoldedText folded} text. A term made of
 * letters and digits alone can only occur inside one word, so the rows holding a word that contains it are exactly
 * the rows whose text contains it; a term with other chars (a phrase) narrows the rows to those holding each of its
 * runs, to be checked against the text. Texts that do not fold char for char are kept aside and always checked.
 * Not thread-safe: changed under the index's write lock.
 */
final class TextWords {
    private final Map<String, RowPostings> rowsByWord = new HashMap<>();
    /** Rows whose text cannot be folded: matched as they are. */
    private final RowPostings unfoldable = new RowPostings();
    private long wordChars;

    /** Indexes the text of {@code row} (non-empty). */
    void add(int row, String text) {
        String folded = FoldedText.of(text);
        if (folded == null) {
            unfoldable.add(row);
            return;
        }
        for (String word : words(folded)) {
            rowsByWord.computeIfAbsent(word, w -> {
                wordChars += w.length();
                return new RowPostings();
            }).add(row);
        }
    }

    /** Forgets the text {@code row} held (non-empty). */
    void remove(int row, String text) {
        String folded = FoldedText.of(text);
        if (folded == null) {
            unfoldable.remove(row);
            return;
        }
        for (String word : words(folded)) {
            RowPostings rows = rowsByWord.get(word);
            if (rows != null) {
                rows.remove(row);
                if (rows.isEmpty()) {
                    rowsByWord.remove(word);
                    wordChars -= word.length();
                }
            }
        }
    }

    /**
     * The rows below {@code limit} whose folded text may contain every one of {@code foldedTerms}; null when a term
     * has no letter or digit to look up (the texts must be scanned).
     */
    Candidates candidates(List<String> foldedTerms, int limit) {
        RowSet found = null;
        boolean exact = true;
        for (String term : foldedTerms) {
            List<String> runs = words(term);
            if (runs.isEmpty()) {
                return null;
            }
            exact &= runs.size() == 1 && runs.get(0).length() == term.length();
            for (String run : runs) {
                RowSet holding = RowSet.none(limit);
                rowsByWord.forEach((word, rows) -> {
                    if (word.contains(run)) {
                        rows.addTo(holding, limit);
                    }
                });
                found = found == null ? holding : found.and(holding);
            }
        }
        return new Candidates(found, exact, unfoldable);
    }

    /**
     * Rows that may match: {@code foldable} hold foldable texts, all matching when {@code exact}, else each to be
     * checked; {@code unfoldable} are to be checked as they are.
     */
    record Candidates(RowSet foldable, boolean exact, RowPostings unfoldable) {
    }

    /** Distinct words held. */
    int wordCount() {
        return rowsByWord.size();
    }

    /**
     * Bytes the words take: their postings, and per word a String (about 40 bytes and a byte a char) and a map entry
     * (about 40 bytes with its slot).
     */
    long bytes() {
        long bytes = unfoldable.bytes() + 80L * rowsByWord.size() + wordChars;
        for (RowPostings rows : rowsByWord.values()) {
            bytes += rows.bytes();
        }
        return bytes;
    }

    /** The longest runs of letters and digits of a folded text, each once when they repeat in a text. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        Set<String> seen = null;
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = folded.substring(start, i);
                if (words.isEmpty()) {
                    words.add(word);
                } else {
                    if (seen == null) {
                        seen = new HashSet<>(words);
                    }
                    if (seen.add(word)) {
                        words.add(word);
                    }
                }
                start = -1;
            }
        }
        return words;
    }
}
