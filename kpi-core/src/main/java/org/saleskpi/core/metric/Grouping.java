package org.saleskpi.core.metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.saleskpi.core.issue.CodeColumn;

/** One dimension's groups in a pass: the group code of each batch row and the codes seen. */
final class Grouping {
    private final CodeColumn column;
    /** Group code of each batch row, or null for the single group of an ungrouped result. */
    final int[] codes;
    final int count;
    private final SharedSelection universe;
    private final boolean[] seen;

    private Grouping(CodeColumn column, int[] codes, int count, SharedSelection universe) {
        this.column = column;
        this.codes = codes;
        this.count = count;
        this.universe = universe;
        this.seen = new boolean[count];
        if (universe == null) {
            seen[0] = true;
        }
    }

    static Grouping none() {
        return new Grouping(null, null, 1, null);
    }

    static Grouping of(CodeColumn column, int[] codes, SharedSelection universe) {
        return new Grouping(column, codes, column.cardinality(), universe);
    }

    /** Marks the groups of the current batch's universe rows as present. */
    void observe() {
        if (universe == null) {
            return;
        }
        int n = universe.select();
        int[] rows = universe.rows;
        for (int i = 0; i < n; i++) {
            seen[codes[rows[i]]] = true;
        }
    }

    /** Group codes seen in the universe, by name, the empty group (no value) last. */
    List<Integer> seenCodes() {
        List<Integer> result = new ArrayList<>();
        for (int code = 0; code < count; code++) {
            if (seen[code]) {
                result.add(code);
            }
        }
        result.sort(Comparator.comparing((Integer code) -> code == 0 && column != null).thenComparing(this::name));
        return result;
    }

    String name(int code) {
        return column == null ? "" : column.value(code);
    }
}
