package org.saleskpi.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.saleskpi.core.issue.Column;
import org.saleskpi.core.issue.FieldType;
import org.saleskpi.core.issue.IssueTable;

/**
 * What the patched-table tests write and compare with: an index of {@link TwelveIssues}' fields written at random,
 * one source over it that keeps and patches its tables, one that loads every table from scratch, and the keys the
 * index holds (SALES and OPS issues), to replace or remove some.
 */
final class PatchedBesideFresh {
    final Random random;
    final IssueIndex index = new IssueIndex();
    final IndexedIssueSource cached;
    /** Keeps no table: every load is from scratch. */
    final IndexedIssueSource fresh;
    final List<String> held = new ArrayList<>();
    private int nextNumber = 1;

    /** Over an index that shows each user what {@code sees} gives for their key, writing from {@code seed}. */
    PatchedBesideFresh(long seed, Map<String, Visibility> sees) {
        random = new Random(seed);
        VisibilityPolicy policy = (user, projects) -> sees.get(user.key());
        cached = new IndexedIssueSource(index, policy, TwelveIssues.CLOCK, TwelveIssues.ZONE);
        fresh = new IndexedIssueSource(index, policy, TwelveIssues.CLOCK, TwelveIssues.ZONE, 0, 0);
        TwelveIssues.FIELDS.forEach(index::defineField);
    }

    /** The key of a new issue, of OPS one time in three and of SALES otherwise, held from now on. */
    String newKey() {
        String key = (random.nextInt(3) == 0 ? "OPS" : "SALES") + "-" + nextNumber++;
        held.add(key);
        return key;
    }

    /** A held key, not one of the {@code newest} last held. */
    String heldKey(int newest) {
        return held.get(random.nextInt(held.size() - newest));
    }

    /** Removes one or two held issues at random from the index. */
    void removeSome() {
        List<String> gone = new ArrayList<>();
        for (int i = random.nextInt(2); i >= 0; i--) {
            gone.add(held.remove(random.nextInt(held.size())));
        }
        index.remove(gone);
    }

    /** Most loads were patches: far fewer rows gathered than loading every table afresh. */
    void assertMostlyPatched() {
        assertThat(cached.gatheredRows()).isLessThan(fresh.gatheredRows() / 10);
    }

    /** Row by row and column by column, the dictionaries' order and the numbers' scale included. */
    static void assertSameTable(IssueTable actual, IssueTable expected, String what) {
        assertThat(actual.size()).as(what + ": rows").isEqualTo(expected.size());
        assertThat(actual.columns()).as(what + ": columns").isEqualTo(expected.columns());
        for (Column column : expected.columns()) {
            assertThat(cells(actual, column)).as(what + ": " + column.id()).isEqualTo(cells(expected, column));
            if (column.equals(Column.KEY)) {
                continue;
            }
            if (column.type().isCoded()) {
                assertThat(actual.codes(column).dictionary()).as(what + ": dictionary of " + column.id())
                        .isEqualTo(expected.codes(column).dictionary());
                assertThat(codes(actual, column)).as(what + ": codes of " + column.id())
                        .isEqualTo(codes(expected, column));
            } else if (column.type() == FieldType.NUMBER) {
                assertThat(actual.numbers(column).scale()).as(what + ": scale of " + column.id())
                        .isEqualTo(expected.numbers(column).scale());
            }
        }
    }

    private static List<Object> cells(IssueTable table, Column column) {
        List<Object> cells = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            cells.add(table.cell(column, row));
        }
        return cells;
    }

    private static List<Integer> codes(IssueTable table, Column column) {
        List<Integer> codes = new ArrayList<>(table.size());
        for (int row = 0; row < table.size(); row++) {
            codes.add(table.codes(column).code(row));
        }
        return codes;
    }
}
