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
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * The incremental as-of tables of {@link AsOfCursor} equal the ones built from scratch, cell by cell,
 * over random histories: rows created between instants, changes of every tracked type, current
 * resolved and updated dates falling between instants, unknown histories, instants asked out of order.
 */
class AsOfCursorTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final String[] STATUSES = {"Prospecting", "Proposal", "Negotiation", "Won", "Lost", "Stalled"};
    private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long DAY = 86_400;

    @Test
    void tablesMadeFromThePreviousInstantEqualTablesBuiltFromScratch() {
        Random random = new Random(13);
        int rows = 400;
        List<Column> columns = List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY, Column.RESOLUTION,
                Column.ASSIGNEE, Column.CREATED, Column.RESOLVED, Column.UPDATED, AMOUNT, CLOSE);
        IssueTable.Builder builder = IssueTable.builder(ZONE, columns);
        List<IssueHistory> histories = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            long created = START + random.nextInt(300) * DAY + random.nextInt((int) DAY);
            List<Change> changes = new ArrayList<>();
            String status = STATUSES[random.nextInt(3)];
            String rep = "rep" + random.nextInt(5);
            String amount = random.nextInt(4) == 0 ? null : Integer.toString(100 * random.nextInt(50)) + ".5";
            String close = random.nextInt(4) == 0 ? null : LocalDate.of(2025, 6, 1).plusDays(random.nextInt(200)).toString();
            String resolution = null;
            long at = created;
            int count = random.nextInt(7);
            for (int i = 0; i < count; i++) {
                at += random.nextInt(40) * DAY + random.nextInt((int) DAY);
                Instant when = Instant.ofEpochSecond(at);
                switch (random.nextInt(5)) {
                    case 0 -> {
                        String next = STATUSES[random.nextInt(STATUSES.length)];
                        changes.add(Change.of(when, "status", status, next, null));
                        String nextResolution = next.equals("Won") || next.equals("Lost") ? "Done" : null;
                        if (!java.util.Objects.equals(resolution, nextResolution)) {
                            changes.add(Change.of(when, "resolution", resolution, nextResolution, null));
                        }
                        status = next;
                        resolution = nextResolution;
                    }
                    case 1 -> {
                        String next = "rep" + random.nextInt(5);
                        changes.add(Change.of(when, "assignee", rep, next, null));
                        rep = next;
                    }
                    case 2 -> {
                        String next = random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(9000));
                        changes.add(Change.of(when, AMOUNT.id(), amount, next, null));
                        amount = next;
                    }
                    default -> {
                        String next = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(300)).toString();
                        changes.add(Change.of(when, CLOSE.id(), close, next, null));
                        close = next;
                    }
                }
            }
            String key = "SALES-" + row;
            histories.add(random.nextInt(10) == 0 ? IssueHistory.unknown(key, Instant.ofEpochSecond(created))
                    : IssueHistory.of(key, Instant.ofEpochSecond(created), changes));
            boolean unknown = histories.get(row).changes().isEmpty() && !histories.get(row).known();
            String nowStatus = unknown ? STATUSES[random.nextInt(5)] : status;
            String nowResolution = unknown ? (nowStatus.equals("Won") ? "Done" : null) : resolution;
            String nowRep = rep;
            String nowAmount = amount;
            String nowClose = close;
            // Current resolved and updated instants, some of them between the instants asked below.
            Instant resolved = nowResolution == null ? null : Instant.ofEpochSecond(at + random.nextInt(30) * DAY);
            Instant updated = Instant.ofEpochSecond(at + random.nextInt(60) * DAY);
            builder.add(cells -> cells.key(key).text(Column.ISSUE_TYPE, "Deal").text(Column.STATUS, nowStatus)
                    .statusCategory(nowStatus.equals("Won") || nowStatus.equals("Lost") ? StatusCategory.DONE
                            : StatusCategory.IN_PROGRESS)
                    .text(Column.RESOLUTION, nowResolution).text(Column.ASSIGNEE, nowRep)
                    .instant(Column.CREATED, Instant.ofEpochSecond(created)).instant(Column.RESOLVED, resolved)
                    .instant(Column.UPDATED, updated)
                    .number(AMOUNT, nowAmount == null ? null : new BigDecimal(nowAmount))
                    .day(CLOSE, nowClose == null ? null : LocalDate.parse(nowClose)));
        }
        IssueTable table = builder.build();
        ChangeTable changes = ChangeTable.of(table,
                Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT, CLOSE), histories);

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
