package org.saleskpi.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Several strings in one text column, in order, as netstrings: each string as its length in Unicode code points, a
 * colon, itself and a comma ({@code ["Won", "a:b"]} is {@code 3:Won,3:a:b,}). No character needs escaping, so any
 * text comes back exactly, and packing or unpacking is one pass. No strings are stored as null (Active Objects
 * refuses empty strings); one empty string is {@code 0:,}. A profile's sets of names and a server issue's labels and
 * custom field values are stored so.
 */
public final class Netstrings {
    private Netstrings() {
    }

    /** The strings packed in their order, or null when there are none. */
    public static String pack(Collection<String> strings) {
        if (strings.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String string : strings) {
            text.append(string.codePointCount(0, string.length())).append(':').append(string).append(',');
        }
        return text.toString();
    }

    /**
     * The strings {@link #pack} packed, in their order; none for null.
     *
     * @throws IllegalArgumentException when {@code text} is not what {@link #pack} makes, naming where it goes wrong
     */
    public static List<String> unpack(String text) {
        List<String> strings = new ArrayList<>();
        if (text == null) {
            return strings;
        }
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            if (colon <= at || colon - at > 9) {
                throw malformed(text, at);
            }
            int codePoints = 0;
            for (int i = at; i < colon; i++) {
                char digit = text.charAt(i);
                if (digit < '0' || digit > '9') {
                    throw malformed(text, at);
                }
                codePoints = codePoints * 10 + (digit - '0');
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
            strings.add(text.substring(start, end));
            at = end + 1;
        }
        return strings;
    }

    private static IllegalArgumentException malformed(String text, int at) {
        return new IllegalArgumentException("not netstrings at character " + at + ": "
                + (text.length() > 80 ? text.substring(0, 80) + "..." : text));
    }
}
