package org.saleskpi.server.issues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Several strings in one text column, each as its length in chars, a colon and itself: {@code ["red", "a:b"]} is
 * {@code 3:red3:a:b}. Any character may appear in a string; nothing is escaped, so packing and unpacking cost one
 * pass. An issue's labels and custom field values are stored so, in its own row (ADR 0081).
 */
final class PackedStrings {
    private PackedStrings() {
    }

    /** The strings packed, or null when there are none. */
    static String pack(Collection<String> strings) {
        if (strings.isEmpty()) {
            return null;
        }
        StringBuilder packed = new StringBuilder();
        for (String string : strings) {
            packed.append(string.length()).append(':').append(string);
        }
        return packed.toString();
    }

    /**
     * The strings of a packed column; none for null.
     *
     * @throws IllegalArgumentException when {@code packed} is not what {@link #pack} makes
     */
    static List<String> unpack(String packed) {
        List<String> strings = new ArrayList<>();
        if (packed == null) {
            return strings;
        }
        int at = 0;
        while (at < packed.length()) {
            int colon = packed.indexOf(':', at);
            if (colon <= at) {
                throw new IllegalArgumentException("no length at " + at + " of a packed column");
            }
            int length = 0;
            for (int i = at; i < colon; i++) {
                char digit = packed.charAt(i);
                if (digit < '0' || digit > '9' || length > (packed.length() - colon) / 10) {
                    throw new IllegalArgumentException("a bad length at " + at + " of a packed column");
                }
                length = length * 10 + (digit - '0');
            }
            int end = colon + 1 + length;
            if (end > packed.length()) {
                throw new IllegalArgumentException("a string at " + at + " runs past the end of a packed column");
            }
            strings.add(packed.substring(colon + 1, end));
            at = end;
        }
        return strings;
    }
}
