package org.saleskpi.core.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.saleskpi.core.issue.ChangeTable;
import org.saleskpi.core.issue.CodeColumn;

/** One dimension's groups in a pass: the group code of each batch row and the codes seen. */
final class Grouping {
    /** Groups in the order results list them: by name, the empty group (no value) last. */
    static final Comparator<String> ORDER = Comparator.comparing(String::isEmpty)
            .thenComparing(Comparator.naturalOrder());

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
    /** In a past state: its history, whose rows created after its limit do not exist yet and hold no group. */
    private final ChangeTable past;
    private final long pastLimit;
    private List<String> seenNames;

    private Grouping(CodeColumn column, int[] codes, int count, SharedSelection universe, Batch batch,
            ChangeTable past) {
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
        this.batch = batch;
        this.stepNames = null;
        this.past = past;
        this.pastLimit = past == null ? Long.MAX_VALUE : past.limit().orElseThrow().getEpochSecond();
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
        this.past = null;
        this.pastLimit = Long.MAX_VALUE;
    }

    static Grouping none() {
        return new Grouping(null, null, 1, null, null, null);
    }

    /**
     * One group per value of the column, plus a last one no row is in: a value another state of the same
     * evaluation holds and this one does not (a rep who owned deals only in the past) reads its empty figures.
     * {@code past} is the history of a past state (one with a limit), else null.
     */
    static Grouping of(CodeColumn column, int[] codes, SharedSelection universe, Batch batch, ChangeTable past) {
        return new Grouping(column, codes, column.cardinality() + 1, universe, batch, past);
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
            // An issue created after a past state's instant did not exist then: its empty cells are no group.
            if (past == null || past.createdSecond(batch.from + rows[i]) <= pastLimit) {
                seen[codes[rows[i]]] = true;
            }
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
        result.sort(Comparator.comparing(this::name, ORDER));
        return result;
    }

    /** The names of {@link #seenCodes()}, in the same order; read after the pass has run. */
    List<String> seenNames() {
        if (seenNames == null) {
            seenNames = seenCodes().stream().map(this::name).toList();
        }
        return seenNames;
    }

    String name(int code) {
        if (stepNames != null) {
            return stepNames.get(code);
        }
        // The last group of a column's values is held by no row of this state: it has no name here.
        return column == null || code >= column.cardinality() ? "" : column.value(code);
    }

    /**
     * The code of a named group in this pass: groups are matched by name across the states of one
     * evaluation, and a value this state's column does not hold is the last, empty group.
     */
    int codeOf(String name) {
        if (stepNames != null) {
            int step = stepNames.indexOf(name);
            return step < 0 ? count - 1 : step;
        }
        if (column == null || name.isEmpty()) {
            return 0;
        }
        int code = column.codeOf(name);
        return code < 0 ? count - 1 : code;
    }
}
