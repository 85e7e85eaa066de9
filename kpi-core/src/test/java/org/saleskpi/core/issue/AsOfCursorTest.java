package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saleskpi.core.issue.RandomDeals.DAY;
import static org.saleskpi.core.issue.RandomDeals.START;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental as-of tables of {@link AsOfCursor} equal the ones built from scratch, cell by cell,
 * over {@link RandomDeals}: rows created between instants, changes of every tracked type, current
 * resolved and updated dates falling between instants, unknown histories, instants asked out of order.
 */
class AsOfCursorTest {
    @Test
    void tablesMadeFromThePreviousInstantEqualTablesBuiltFromScratch() {
        Random random = new Random(13);
        int rows = 400;
        ChangeTable changes = RandomDeals.table(random, rows).history().orElseThrow();

        List<Instant> instants = new ArrayList<>();
        instants.add(Instant.ofEpochSecond(START - DAY)); // before every creation: every row missing
        for (int i = 0; i < 40; i++) {
            instants.add(Instant.ofEpochSecond(START + i * 12 * DAY + random.nextInt((int) DAY)));
        }
        instants.add(instants.get(instants.size() - 1)); // the same instant again
        instants.add(Instant.ofEpochSecond(START + 100 * DAY)); // earlier: built from scratch
        instants.add(Instant.ofEpochSecond(START + 2_000 * DAY)); // after everything

        AsOfCursor cursor = changes.asOfCursor();
        int differingCells = 0;
        IssueTable before = null;
        List<IssueTable> given = new ArrayList<>();
        for (Instant t : instants) {
            IssueTable expected = changes.asOf(t);
            IssueTable actual = cursor.asOf(t);
            given.add(actual);
            assertThat(actual.columns()).isEqualTo(expected.columns());
            for (Column column : expected.columns()) {
                for (int row = 0; row < rows; row++) {
                    assertThat(actual.cell(column, row)).as("%s of row %d at %s", column.id(), row, t)
                            .isEqualTo(expected.cell(column, row));
                    if (before != null && !before.cell(column, row).equals(actual.cell(column, row))) {
                        differingCells++;
                    }
                }
            }
            before = actual;
        }
        // The instants see the rows change a lot: the comparison is over states that moved.
        assertThat(differingCells).isGreaterThan(1_000);
        // The cursor updates its arrays in place from one instant to the next: a table it gave stays as it was.
        for (int i = 0; i < instants.size(); i++) {
            IssueTable expected = changes.asOf(instants.get(i));
            for (Column column : expected.columns()) {
                for (int row = 0; row < rows; row++) {
                    assertThat(given.get(i).cell(column, row)).as("%s of row %d at %s, asked again", column.id(), row,
                            instants.get(i)).isEqualTo(expected.cell(column, row));
                }
            }
        }
    }
}
