package org.saleskpi.core.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The words of a text column's texts, each with the rows holding it, so that {@code ~} reads a few rows instead of
 * every text. A word is a longest run of letters and digits in the {@link FoldedText folded} text. A term made of
 * letters and digits alone can only occur inside one word, so the rows holding a word that contains it are exactly
 * the rows whose text contains it; a term with other chars (a phrase) narrows the rows to those holding each of its
 * runs, to be checked against the text. Texts that do not fold char for char are kept aside and always checked.
 * Not thread-safe: changed under the index's write lock.
 */
final class TextWords {
    /** Between the words in {@link Dictionary#joined}: not a letter or digit, so no term runs across two words. */
    private static final char SEPARATOR = '\n';

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] words = new String[64];
    private RowPostings[] rows = new RowPostings[64];
    /** Ids of words no row holds any more, to be given to new words. */
    private int[] free = new int[8];
    private int freeCount;
    private int idCount;
    /** Rows whose text cannot be folded: matched as they are. */
    private final RowPostings unfoldable = new RowPostings();
    private long wordChars;
    /** The words joined for searching, null after a word came or went. */
    private volatile Dictionary dictionary;

    /** Indexes the text of {@code row} (non-empty). */
    void add(int row, String text) {
        String folded = FoldedText.of(text);
        if (folded == null) {
            unfoldable.add(row);
            return;
        }
        for (String word : words(folded)) {
            Integer id = ids.get(word);
            if (id == null) {
                id = freeCount > 0 ? free[--freeCount] : idCount++;
                if (id == words.length) {
                    words = Arrays.copyOf(words, 2 * id);
                    rows = Arrays.copyOf(rows, 2 * id);
                }
                ids.put(word, id);
                words[id] = word;
                rows[id] = new RowPostings();
                wordChars += word.length();
                dictionary = null;
            }
            rows[id].add(row);
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
            Integer id = ids.get(word);
            if (id != null) {
                rows[id].remove(row);
                if (rows[id].isEmpty()) {
                    ids.remove(word);
                    words[id] = null;
                    rows[id] = null;
                    wordChars -= word.length();
                    if (freeCount == free.length) {
                        free = Arrays.copyOf(free, 2 * freeCount);
                    }
                    free[freeCount++] = id;
                    dictionary = null;
                }
            }
        }
    }

    /**
     * The rows below {@code limit} whose folded text may contain every one of {@code foldedTerms}; null when a term
     * has no letter or digit to look up (the texts must be scanned).
     */
    Candidates candidates(List<String> foldedTerms, int limit) {
        Dictionary joined = dictionary();
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
                joined.forEachContaining(run, id -> rows[id].addTo(holding, limit));
                found = found == null ? holding : found.and(holding);
            }
        }
        return new Candidates(found, exact, unfoldable);
    }

    /** Every word in one string, so that a search finds the words holding a term with one {@link String#indexOf}. */
    private record Dictionary(String joined, int[] starts, int[] ids) {
        void forEachContaining(String run, IntConsumer action) {
            int last = -1;
            for (int at = joined.indexOf(run); at >= 0; ) {
                int word = Arrays.binarySearch(starts, at);
                word = word >= 0 ? word : -word - 2;
                if (word != last) {
                    action.accept(ids[word]);
                    last = word;
                }
                int next = word + 1 < starts.length ? starts[word + 1] : joined.length();
                at = joined.indexOf(run, next);
            }
        }
    }

    private Dictionary dictionary() {
        Dictionary held = dictionary;
        if (held == null) {
            // Searches run side by side under the index's read lock: one joins the words, the others wait for it.
            synchronized (this) {
                held = dictionary;
                if (held == null) {
                    int count = ids.size();
                    StringBuilder joined = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, wordChars + count));
                    int[] starts = new int[count];
                    int[] wordIds = new int[count];
                    int n = 0;
                    for (int id = 0; id < idCount; id++) {
                        if (words[id] != null) {
                            starts[n] = joined.length();
                            wordIds[n++] = id;
                            joined.append(words[id]).append(SEPARATOR);
                        }
                    }
                    held = new Dictionary(joined.toString(), starts, wordIds);
                    dictionary = held;
                }
            }
        }
        return held;
    }

    /**
     * Rows that may match: {@code foldable} hold foldable texts, all matching when {@code exact}, else each to be
     * checked; {@code unfoldable} are to be checked as they are.
     */
    record Candidates(RowSet foldable, boolean exact, RowPostings unfoldable) {
    }

    /** Distinct words held. */
    int wordCount() {
        return ids.size();
    }

    /**
     * Bytes the words take: their postings, per word a String (about 40 bytes and a byte a char) and a map entry
     * (about 40 bytes with its slot), and the words joined for searching.
     */
    long bytes() {
        Dictionary joined = dictionary;
        long bytes = unfoldable.bytes() + 80L * ids.size() + wordChars + 12L * words.length
                + (joined == null ? 0 : joined.joined().length() + 8L * joined.ids().length);
        for (int id = 0; id < idCount; id++) {
            if (rows[id] != null) {
                bytes += rows[id].bytes();
            }
        }
        return bytes;
    }

    /** The longest runs of letters and digits of a folded text, each once when they repeat in a text. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>(4);
        Set<String> seen = null;
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                String word = folded.substring(start, i);
                // Most texts have a few words: looking through them costs less than a set, made for long texts only.
                if (seen == null && words.size() == 16) {
                    seen = new HashSet<>(words);
                }
                if (seen != null ? seen.add(word) : !words.contains(word)) {
                    words.add(word);
                }
                start = -1;
            }
        }
        return words;
    }
}
