package org.saleskpi.core.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The {@code ~} of a query: every word of the search must occur in the text, ignoring case, as a
 * word or part of one; a search in inner double quotes must occur as a phrase. Wildcards
 * {@code *} and {@code ?} are dropped since parts of words match anyway.
 */
final class TextSearch {
    private TextSearch() {
    }

    static Predicate<String> of(String search, String field) {
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
        if (terms.isEmpty() || terms.get(0).isEmpty()) {
            throw JqlError.badValue(search, field, "some words to search for");
        }
        return text -> {
            for (String term : terms) {
                if (!contains(text, term)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean contains(String text, String term) {
        int last = text.length() - term.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, term, 0, term.length())) {
                return true;
            }
        }
        return false;
    }
}
