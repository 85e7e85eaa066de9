package org.saleskpi.server.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * The header row of a Jira export: where each column is, by name. Jira repeats a name once per
 * value of a multi-value field (several {@code Labels} or {@code Sprint} columns).
 */
final class JiraHeader {
    private static final String CUSTOM_PREFIX = "custom field (";

    /** Column positions by lower-cased name, in the order the names first appear. */
    private final Map<String, List<Integer>> positions = new LinkedHashMap<>();
    private final Map<String, String> customFieldNames = new LinkedHashMap<>();
    /** Positions by the name as asked for, not lower-cased. */
    private final Map<String, int[]> asked = new HashMap<>();

    JiraHeader(CSVRecord header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            String lower = name.toLowerCase(Locale.ROOT);
            positions.computeIfAbsent(lower, any -> new ArrayList<>()).add(i);
            if (lower.startsWith(CUSTOM_PREFIX) && name.endsWith(")") && name.length() > CUSTOM_PREFIX.length() + 1) {
                customFieldNames.put(lower, name.substring(CUSTOM_PREFIX.length(), name.length() - 1).trim());
            }
        }
    }

    boolean has(String column) {
        return positions.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The custom field columns, as header key (lower-cased column name) to field name. */
    Map<String, String> customFields() {
        return customFieldNames;
    }

    boolean repeated(String column) {
        return positions.getOrDefault(column.toLowerCase(Locale.ROOT), List.of()).size() > 1;
    }

    /** The first non-blank cell of the column in {@code row}, or "" when there is none. */
    String first(CSVRecord row, String column) {
        // Asked for every cell of every row of an import: no list, and the name lower-cased once.
        for (int position : positions(column)) {
            if (position < row.size() && !row.get(position).isBlank()) {
                return row.get(position);
            }
        }
        return "";
    }

    /** The non-blank cells of every column of that name in {@code row}, unchanged. */
    List<String> all(CSVRecord row, String column) {
        List<String> values = new ArrayList<>();
        for (int position : positions(column)) {
            if (position < row.size() && !row.get(position).isBlank()) {
                values.add(row.get(position));
            }
        }
        return values;
    }

    private int[] positions(String column) {
        // Looked up before computed: the capturing lambda of computeIfAbsent was allocated on every call.
        int[] known = asked.get(column);
        if (known == null) {
            known = positions.getOrDefault(column.toLowerCase(Locale.ROOT), List.of()).stream()
                    .mapToInt(Integer::intValue).toArray();
            asked.put(column, known);
        }
        return known;
    }
}
