package org.saleskpi.store.kpi;

import java.util.Set;
import java.util.TreeSet;

/**
 * Stores a set of names (issue types, statuses) in one text column. Each name is written as a
 * netstring, {@code <length>:<name>,}, with the length counted in Unicode code points, in sorted
 * order so that equal sets give equal text: {@code {"Won", "Closed, Won"}} is stored as
 * {@code 11:Closed, Won,3:Won,}. No character needs escaping, so commas, quotes, colons and any
 * Unicode name come back exactly. The empty set is stored as null (AO refuses empty strings);
 * a set holding only the empty name is {@code 0:,}.
 */
final class StringSetCodec {

    private StringSetCodec() {
    }

    static String encode(Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            text.append(name.codePointCount(0, name.length())).append(':').append(name).append(',');
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode} writes */
    static Set<String> decode(String text) {
        Set<String> names = new TreeSet<>();
        if (text == null) {
            return names;
        }
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            if (colon <= at || !text.substring(at, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw malformed(text, at);
            }
            int codePoints;
            try {
                codePoints = Integer.parseInt(text.substring(at, colon));
            } catch (NumberFormatException e) {
                throw malformed(text, at);
            }
            int start = colon + 1;
            int end;
            try {
                end = text.offsetByCodePoints(start, codePoints);
            } catch (IndexOutOfBoundsException e) {
                throw malformed(text, at);
            }
            if (end >= text.length() || text.charAt(end) != ',') {
                throw malformed(text, at);
            }
            names.add(text.substring(start, end));
            at = end + 1;
        }
        return names;
    }

    private static IllegalArgumentException malformed(String text, int at) {
        return new IllegalArgumentException("not a stored name set at character " + at + ": "
                + (text.length() > 80 ? text.substring(0, 80) + "..." : text));
    }
}
