package org.saleskpi.core.metric;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** For steps: the step of each code of the column (the hidden last group for none), and the codes read. */
    private final int[] stepOfCode;
    private final int[] valueCodes;
    private final Batch batch;
    private final List<String> stepNames;

    private Grouping(CodeColumn column, int[] codes, int count, SharedSelection universe) {
        this.column = column;
        this.codes = codes;
        this.count = count;
        this.universe = universe;
        this.seen = new boolean[count];
        if (universe == null) {
            seen[0] = true;
        }
        this.stepOfCode = null;
        this.valueCodes = null;
        this.batch = null;
        this.stepNames = null;
    }

    private Grouping(Dimension.Steps steps, CodeColumn column, int[] valueCodes, Batch batch) {
        this.column = column;
        this.codes = new int[Batch.SIZE];
        // One group per step plus a last, never listed one for the issues in no step.
        this.count = steps.steps().size() + 1;
        this.universe = null;
        this.seen = new boolean[count];
        Arrays.fill(seen, 0, count - 1, true);
        this.stepOfCode = new int[column.cardinality()];
        for (int code = 0; code < stepOfCode.length; code++) {
            int step = code == CodeColumn.EMPTY ? -1 : steps.indexOf(column.value(code));
            stepOfCode[code] = step < 0 ? count - 1 : step;
        }
        this.valueCodes = valueCodes;
        this.batch = batch;
        this.stepNames = steps.steps().stream().map(Dimension.Step::name).toList();
    }

    static Grouping none() {
        return new Grouping(null, null, 1, null);
    }

    static Grouping of(CodeColumn column, int[] codes, SharedSelection universe) {
        return new Grouping(column, codes, column.cardinality(), universe);
    }

    /**
     * The steps of a {@link Dimension.Steps}, in their order, every one a group even when empty; an issue
     * whose value is in no step is in no group.
     */
    static Grouping steps(Dimension.Steps steps, CodeColumn column, int[] valueCodes, Batch batch) {
        return new Grouping(steps, column, valueCodes, batch);
    }

    /** Marks the groups of the current batch's universe rows as present (steps: maps each row to its step). */
    void observe() {
        if (stepOfCode != null) {
            for (int i = 0; i < batch.size; i++) {
                codes[i] = stepOfCode[valueCodes[i]];
            }
            return;
        }
        if (universe == null) {
            return;
        }
        int n = universe.select();
        int[] rows = universe.rows;
        for (int i = 0; i < n; i++) {
            seen[codes[rows[i]]] = true;
        }
    }

    /** Group codes seen in the universe, by name, the empty group (no value) last; steps in their order. */
    List<Integer> seenCodes() {
        if (stepNames != null) {
            List<Integer> inOrder = new ArrayList<>();
            for (int step = 0; step < stepNames.size(); step++) {
                inOrder.add(step);
            }
            return inOrder;
        }
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
        if (stepNames != null) {
            return stepNames.get(code);
        }
        return column == null ? "" : column.value(code);
    }
}
