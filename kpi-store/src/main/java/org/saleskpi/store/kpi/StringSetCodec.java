package org.saleskpi.store.kpi;

import java.util.Set;
import java.util.TreeSet;
import org.saleskpi.store.Netstrings;

/**
 * Stores a set of names (issue types, statuses) in one text column, as {@link Netstrings}: each name
 * as {@code <length>:<name>,}, with the length counted in Unicode code points, in sorted
 * order so that equal sets give equal text: {@code {"Won", "Closed, Won"}} is stored as
 * {@code 11:Closed, Won,3:Won,}. No character needs escaping, so commas, quotes, colons and any
 * Unicode name come back exactly. The empty set is stored as null (AO refuses empty strings);
 * a set holding only the empty name is {@code 0:,}.
 */
final class StringSetCodec {

    private StringSetCodec() {
    }

    static String encode(Set<String> names) {
        return Netstrings.pack(new TreeSet<>(names));
    }

    /** @throws IllegalArgumentException when {@code text} is not what {@link #encode} writes */
    static Set<String> decode(String text) {
        try {
            return new TreeSet<>(Netstrings.unpack(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a stored name set: " + e.getMessage(), e);
        }
    }
}
