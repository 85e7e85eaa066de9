package org.saleskpi.server.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The people of one import: each distinct name is resolved once, however many rows name it. A
 * resolver gives the same key for the same name, so remembering it for one import changes nothing
 * but the number of look-ups (two user-table queries a name, which were most of an import's time).
 */
final class NamesSeen implements PersonResolver {
    private final PersonResolver people;
    private final Map<String, String> keys = new HashMap<>();

    NamesSeen(PersonResolver people) {
        this.people = Objects.requireNonNull(people, "people");
    }

    @Override
    public String userKeyFor(String nameInCsv) {
        String key = keys.get(nameInCsv);
        if (key == null) {
            key = people.userKeyFor(nameInCsv);
            keys.put(nameInCsv, key);
        }
        return key;
    }
}
