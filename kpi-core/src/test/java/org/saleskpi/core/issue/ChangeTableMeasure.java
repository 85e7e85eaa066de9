package org.saleskpi.core.issue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.saleskpi.core.history.Change;
import org.saleskpi.core.history.IssueHistory;
import org.saleskpi.core.metric.Aggregation;
import org.saleskpi.core.metric.AsOfPoint;
import org.saleskpi.core.metric.Dimension;
import org.saleskpi.core.metric.Filter;
import org.saleskpi.core.metric.Inputs;
import org.saleskpi.core.metric.Measure;
import org.saleskpi.core.metric.Metric;
import org.saleskpi.core.metric.MetricEngine;
import org.saleskpi.core.metric.Unit;
import org.saleskpi.core.metric.When;
import org.saleskpi.core.period.Period;
import org.saleskpi.core.period.SalesCalendar;

/**
 * A quick measure, not a test: builds a synthetic change table (default 1 000 000 rows with 5 changes
 * each: status moves, an amount revision, a reassignment) and times the build, one as-of table and a
 * 24-month pipeline trend. Run after {@code mvn -o -q -pl kpi-core test-compile}:
 * {@code java -Xmx6g -cp kpi-core/target/classes:kpi-core/target/test-classes
 * org.saleskpi.core.issue.ChangeTableMeasure 1000000}.
 */
public final class ChangeTableMeasure {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Column AMOUNT = Column.custom("customfield_10010", FieldType.NUMBER);
    private static final Column CLOSE = Column.custom("customfield_10050", FieldType.DATE);
    private static final String[] STAGES = {"Prospecting", "Proposal", "Negotiation", "Won", "Lost"};
    private static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = 2L * 365 * 86_400;

    private ChangeTableMeasure() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        List<Column> columns = List.of(Column.ISSUE_TYPE, Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE,
                Column.CREATED, Column.RESOLVED, AMOUNT, CLOSE);
        IssueTable.Builder builder = IssueTable.builder(ZONE, columns);
        for (int row = 0; row < rows; row++) {
            Deal deal = new Deal(row);
            builder.add(cells -> cells.text(Column.ISSUE_TYPE, "Deal").text(Column.STATUS, STAGES[deal.last])
                    .text(Column.RESOLUTION, deal.last >= 3 ? "Done" : null).text(Column.ASSIGNEE, "rep" + deal.rep2)
                    .instant(Column.CREATED, deal.created()).instant(Column.RESOLVED, deal.last >= 3 ? deal.at(4) : null)
                    .number(AMOUNT, BigDecimal.valueOf(deal.amount2)).day(CLOSE, LocalDate.of(2026, 1, 1)));
        }
        IssueTable table = builder.build();
        Set<Column> tracked = Set.of(Column.STATUS, Column.RESOLUTION, Column.ASSIGNEE, AMOUNT);

        // Making the synthetic records is part of build_ms; timed alone so that the table's own share shows.
        long m0 = System.nanoTime();
        long made = 0;
        for (Histories h = new Histories(rows); h.hasNext(); ) {
            made += h.next().changes().size();
        }
        long makeMs = (System.nanoTime() - m0) / 1_000_000;

        long t0 = System.nanoTime();
        ChangeTable changes = ChangeTable.of(table, tracked, () -> new Histories(rows));
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        IssueTable withHistory = table.withHistory(changes);

        Instant middle = Instant.ofEpochSecond(START + SPAN / 2);
        long asOfNanos = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long s = System.nanoTime();
            changes.asOf(middle);
            asOfNanos = Math.min(asOfNanos, System.nanoTime() - s);
        }

        SalesCalendar calendar = SalesCalendar.of(ZONE);
        List<Period> months = new ArrayList<>();
        for (int m = 0; m < 24; m++) {
            LocalDate first = LocalDate.of(2024, 1, 1).plusMonths(m);
            months.add(new Period(first, first.plusMonths(1)));
        }
        Filter open = Filter.and(Filter.in(Column.ISSUE_TYPE, Set.of("Deal")),
                Filter.not(Filter.statusIn(Set.of("Won", "Lost"))));
        Measure weighted = Measure.weighted(AMOUNT, Optional.empty(), Column.STATUS, Map.of("Prospecting",
                new BigDecimal("0.1"), "Proposal", new BigDecimal("0.4"), "Negotiation", new BigDecimal("0.7")));
        List<Metric> trend = List.of(
                Metric.asOf(Metric.count(open, When.always()), AsOfPoint.PERIOD_END),
                Metric.asOf(Metric.aggregate(open, When.always(), Aggregation.sum(Measure.field(AMOUNT)), Unit.AMOUNT),
                        AsOfPoint.PERIOD_END),
                Metric.asOf(Metric.aggregate(open, When.always(), Aggregation.sum(weighted), Unit.AMOUNT),
                        AsOfPoint.PERIOD_END));
        long trendMs = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long s = System.nanoTime();
            MetricEngine.evaluate(withHistory, calendar, trend, months, Dimension.none(), Inputs.none());
            trendMs = Math.min(trendMs, (System.nanoTime() - s) / 1_000_000);
        }
        System.out.printf("made_changes=%d make_histories_ms=%d%n", made, makeMs);
        System.out.printf("rows=%d changes=%d build_ms=%d bytes_per_change=%.2f as_of_ms=%.1f trend_24_months_ms=%d%n",
                rows, changes.changeCount(), buildMs, (double) changes.changeBytes() / changes.changeCount(),
                asOfNanos / 1e6, trendMs);
    }

    /**
     * One synthetic deal: created in the two years, then 3 status changes (one of them a step back, or a
     * close), an amount revision and a reassignment, all after creation.
     */
    private static final class Deal {
        final long created;
        final long[] at = new long[5];
        final int first;
        final int middle;
        final int last;
        final int rep1;
        final int rep2;
        final long amount1;
        final long amount2;

        Deal(int row) {
            Random random = new Random(row);
            created = START + (long) (random.nextDouble() * SPAN * 0.8);
            long t = created;
            for (int i = 0; i < 5; i++) {
                t += 3_600 + random.nextInt(20 * 86_400);
                at[i] = t;
            }
            first = 0;
            middle = 1 + random.nextInt(2);
            last = random.nextInt(5);
            rep1 = random.nextInt(50);
            rep2 = random.nextInt(50);
            amount1 = 1_000 + random.nextInt(100_000);
            amount2 = amount1 + random.nextInt(5_000);
        }

        Instant created() {
            return Instant.ofEpochSecond(created);
        }

        Instant at(int i) {
            return Instant.ofEpochSecond(at[i]);
        }

        IssueHistory history(String key) {
            return IssueHistory.of(key, created(), List.of(
                    Change.of(at(0), "status", STAGES[first], STAGES[middle], null),
                    Change.of(at(1), "customfield_10010", Long.toString(amount1), Long.toString(amount2), null),
                    Change.of(at(2), "assignee", "rep" + rep1, "rep" + rep2, null),
                    Change.of(at(3), "status", STAGES[middle], STAGES[first], null),
                    Change.of(at(4), "status", STAGES[first], STAGES[last], null)));
        }
    }

    /** The histories made row by row as the builder asks, so that they are never all held at once. */
    private static final class Histories implements Iterator<IssueHistory> {
        private final int rows;
        private int next;

        Histories(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return next < rows;
        }

        @Override
        public IssueHistory next() {
            Deal deal = new Deal(next);
            return deal.history("SALES-" + next++);
        }
    }
}
