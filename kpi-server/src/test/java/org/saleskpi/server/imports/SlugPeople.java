package org.saleskpi.server.imports;

import java.text.Normalizer;
import java.util.Locale;

/** People for tests: the key is the name lower-cased, accents dropped, other characters as dashes. */
final class SlugPeople implements PersonResolver {
    @Override
    public String userKeyFor(String nameInCsv) {
        String plain = Normalizer.normalize(nameInCsv, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
