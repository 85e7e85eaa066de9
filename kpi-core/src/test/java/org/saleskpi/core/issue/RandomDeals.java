package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;

/**
 * Random deals in Berlin with random histories, for tests that compare two ways of reading the past:
 * rows created over 300 days, changes of every tracked type (status with its resolution, rep, amount,
 * close date), one history in ten unknown, current resolved and updated dates after the last change.
 */
public final class RandomDeals {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    public static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    public static final String[] STATUSES = {"Prospecting", "Proposal", "Negotiation", "Won", "Lost", "Stalled"};
    public static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    public static final long DAY = 86_400;

    private RandomDeals() {
    }

    /** {@code rows} deals from {@code random}, as a table carrying their change table. */
    public static IssueTable table(Random random, int rows) {
        List<Column> columns = List.of(Column.KEY, Column.ISSUE_TYPE, Column.STATUS, Column.STATUS_CATEGORY,
                Column.RESOLUTION, Column.ASSIGNEE, Column.CREATED, Column.RESOLVED, Column.UPDATED, AMOUNT, CLOSE);
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
                        if (!Objects.equals(resolution, nextResolution)) {
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
        return table.withHistory(ChangeTable.of(table,
                Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT, CLOSE), histories));
    }
}
