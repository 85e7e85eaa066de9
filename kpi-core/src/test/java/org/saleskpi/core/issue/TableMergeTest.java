package org.saleskpi.core.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A merged table equals the table built afresh from its rows, cell by cell, in its dictionaries' first-seen order,
 * its numbers' least scale and its codes' width: whether rows stay in place (replaced or appended rows, the last ones
 * cut, copied column by column) or move (a row left from the middle, merged row by row).
 */
class TableMergeTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_1", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_2", FieldType.DATE);
    private static final Set<Column> COLUMNS = Set.of(Column.KEY, Column.STATUS, Column.ASSIGNEE, Column.DUE, AMOUNT,
            CLOSE);
    private static final String[] STATUSES = {"Open", "Won", "Lost"};
    private static final String[] AMOUNTS = {"100", "250.5", "12.25", "0", "7", null};

    private final Random random = new Random(7);
    private int nextNumber = 1;

    @Test
    void rowsReplacedAppendedOrCutInPlaceGiveTheTableBuiltAfresh() {
        for (int trial = 0; trial < 3_000; trial++) {
            List<IssueRecord> before = records(1 + random.nextInt(12), trial);
            List<IssueRecord> after = new ArrayList<>(before.subList(0, before.size() - random.nextInt(2)));
            List<Integer> written = new ArrayList<>();
            for (int row = 0; row < after.size(); row++) {
                if (random.nextInt(4) == 0) {
                    after.set(row, record(trial));
                    written.add(row);
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                written.add(after.size());
                after.add(record(trial));
            }
            assertMergedAsFresh(before, after, written, "trial " + trial);
        }
    }

    @Test
    void rowsLeavingFromTheMiddleGiveTheTableBuiltAfresh() {
        for (int trial = 0; trial < 1_000; trial++) {
            List<IssueRecord> before = records(2 + random.nextInt(12), trial);
            List<IssueRecord> after = new ArrayList<>(before);
            after.remove(random.nextInt(after.size() - 1));
            List<Integer> written = new ArrayList<>();
            if (random.nextBoolean()) {
                int row = random.nextInt(after.size());
                after.set(row, record(trial));
                written.add(row);
            }
            assertMergedAsFresh(before, after, written, "trial " + trial);
        }
    }

    @Test
    void theOnlyRowNeedingDecimalsReplacedLeavesWholeNumbers() {
        List<IssueRecord> before = List.of(amount("1"), amount("2.5"), amount("3"));
        List<IssueRecord> after = List.of(before.get(0), amount("4"), before.get(2));

        IssueTable merged = assertMergedAsFresh(before, after, List.of(1), "2.5 replaced by 4");

        assertThat(merged.numbers(AMOUNT).scale()).isZero();
    }

    @Test
    void aValueFirstHeldByAReplacedRowMovesInTheDictionary() {
        List<IssueRecord> before = List.of(status("Won"), status("Open"), status("Won"));
        List<IssueRecord> after = List.of(status("Lost"), before.get(1), before.get(2));

        IssueTable merged = assertMergedAsFresh(before, after, List.of(0), "first Won replaced");

        assertThat(merged.codes(Column.STATUS).dictionary()).containsExactly("", "Lost", "Open", "Won");
    }

    @Test
    void aDictionaryGrowingPast256ValuesWidensItsCodes() {
        List<IssueRecord> before = new ArrayList<>();
        for (int i = 0; i < 255; i++) {
            before.add(assignee("rep" + i));
        }
        List<IssueRecord> after = new ArrayList<>(before);
        after.add(assignee("rep255"));
        after.add(assignee("rep256"));

        IssueTable merged = assertMergedAsFresh(before, after, List.of(255, 256), "two new reps appended");

        assertThat(merged.codes(Column.ASSIGNEE).cardinality()).isEqualTo(258);
        assertThat(merged.codes(Column.ASSIGNEE).code(256)).isEqualTo(257);
    }

    /**
     * Merges {@code before}'s table with a table of {@code after}'s rows at {@code written} (ascending), keeping
     * the others of {@code before} in order, and compares with {@code after}'s table built afresh.
     */
    private IssueTable assertMergedAsFresh(List<IssueRecord> before, List<IssueRecord> after, List<Integer> written,
            String what) {
        IssueTable old = table(before);
        List<IssueRecord> addedRows = new ArrayList<>();
        boolean[] fromAdded = new boolean[after.size()];
        for (int row : written) {
            fromAdded[row] = true;
            addedRows.add(after.get(row));
        }
        List<Integer> kept = new ArrayList<>();
        for (int row = 0, next = 0; row < after.size(); row++) {
            if (!fromAdded[row]) {
                while (before.get(next) != after.get(row)) {
                    next++;
                }
                kept.add(next++);
            }
        }
        IssueTable merged = TableMerge.merge(old, kept.stream().mapToInt(Integer::intValue).toArray(),
                table(addedRows), fromAdded);
        IssueTable fresh = table(after);
        assertThat(merged.size()).as(what).isEqualTo(fresh.size());
        for (Column column : COLUMNS) {
            for (int row = 0; row < fresh.size(); row++) {
                assertThat(merged.cell(column, row)).as("%s: %s of row %d", what, column.id(), row)
                        .isEqualTo(fresh.cell(column, row));
            }
            if (column.type().isCoded() && !column.equals(Column.KEY)) {
                CodeColumn actual = merged.codes(column);
                CodeColumn expected = fresh.codes(column);
                assertThat(actual.dictionary()).as("%s: dictionary of %s", what, column.id())
                        .isEqualTo(expected.dictionary());
                for (int row = 0; row < fresh.size(); row++) {
                    assertThat(actual.code(row)).as("%s: code of %s in row %d", what, column.id(), row)
                            .isEqualTo(expected.code(row));
                }
            }
            if (column.type() == FieldType.NUMBER) {
                assertThat(merged.numbers(column).scale()).as("%s: scale", what)
                        .isEqualTo(fresh.numbers(column).scale());
                assertThat(merged.numbers(column).bytes()).as("%s: bytes", what)
                        .isEqualTo(fresh.numbers(column).bytes());
            }
        }
        return merged;
    }

    private static IssueTable table(List<IssueRecord> records) {
        return IssueTable.builder(ZONE, COLUMNS).addAll(records).build();
    }

    private List<IssueRecord> records(int count, int trial) {
        List<IssueRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(trial));
        }
        return records;
    }

    /** Few statuses and amounts, so values and scales come and go; now and then a number too wide for an int. */
    private IssueRecord record(int trial) {
        IssueRecord.Builder record = base(random.nextInt(5) == 0 ? "OPS" : "SALES")
                .status(STATUSES[random.nextInt(STATUSES.length)], StatusCategory.TO_DO)
                .assignee("rep" + random.nextInt(trial % 2 == 0 ? 4 : 300));
        String amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
        if (random.nextInt(50) == 0) {
            amount = "30000000000.5";
        }
        if (amount != null) {
            record.field(AMOUNT.id(), FieldValue.number(new BigDecimal(amount)));
        }
        if (random.nextBoolean()) {
            record.due(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(30)));
            record.field(CLOSE.id(), FieldValue.date(LocalDate.of(2024, 2, 1).plusDays(random.nextInt(30))));
        }
        return record.build();
    }

    private IssueRecord amount(String amount) {
        return base("SALES").field(AMOUNT.id(), FieldValue.number(new BigDecimal(amount))).build();
    }

    private IssueRecord status(String status) {
        return base("SALES").status(status, StatusCategory.TO_DO).build();
    }

    private IssueRecord assignee(String assignee) {
        return base("SALES").assignee(assignee).build();
    }

    private IssueRecord.Builder base(String project) {
        return IssueRecord.builder(project + "-" + nextNumber++, project).type("Deal")
                .status("Open", StatusCategory.TO_DO).created(Instant.parse("2024-01-01T00:00:00Z"))
                .updated(Instant.parse("2024-01-02T00:00:00Z"));
    }
}
